package dev.baton.handoff;

import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.baton.handoff.HandoffIds.FIELD_AE;
import static dev.baton.handoff.HandoffIds.FIELD_ARR;
import static dev.baton.handoff.HandoffIds.FIELD_CE;
import static dev.baton.handoff.HandoffIds.FIELD_CLOSE_DATE;
import static dev.baton.handoff.HandoffIds.FIELD_CRM_ID;
import static dev.baton.handoff.HandoffIds.FIELD_DEPLOYMENT;
import static dev.baton.handoff.HandoffIds.FIELD_NAME;
import static dev.baton.handoff.HandoffIds.FIELD_ORDER_TYPE;
import static dev.baton.handoff.HandoffIds.FIELD_SEATS;
import static dev.baton.handoff.HandoffIds.FIELD_SEGMENT;
import static dev.baton.handoff.HandoffIds.FIELD_SERVICE_MODEL;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The *Start hand-off* form: each mistake answered on its own field, and the account the form sets. */
class StartFormTest {
    /** A form as a CE fills it in, keyed by the field ids the modal uses. */
    private static Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(FIELD_NAME, "Acme");
        typed.put(FIELD_CRM_ID, "001ACME");
        typed.put(FIELD_SEGMENT, "Enterprise");
        typed.put(FIELD_SERVICE_MODEL, "Named");
        typed.put(FIELD_ORDER_TYPE, "Sales Assisted First Order");
        typed.put(FIELD_DEPLOYMENT, "Self-Managed");
        typed.put(FIELD_CLOSE_DATE, "2027-02-26");
        typed.put(FIELD_ARR, "$1,000,000.50");
        typed.put(FIELD_SEATS, "1,200");
        typed.put(FIELD_AE, AE);
        typed.put(FIELD_CE, CE);
        return typed;
    }

    private static StartForm form(Map<String, String> t) {
        return new StartForm(t.get(FIELD_NAME), t.get(FIELD_CRM_ID), t.get(FIELD_SEGMENT), t.get(FIELD_SERVICE_MODEL),
                t.get(FIELD_ORDER_TYPE), t.get(FIELD_DEPLOYMENT), t.get(FIELD_CLOSE_DATE), t.get(FIELD_ARR),
                t.get(FIELD_SEATS), t.get(FIELD_AE), t.get(FIELD_CE));
    }

    private static StartForm with(String field, String value) {
        Map<String, String> t = typed();
        t.put(field, value);
        return form(t);
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(form(typed()).problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = [{1}]: {2}")
    @CsvSource(nullValues = "NULL", value = {
            "handoff-close-date, 2027-02-30, 'Not a date: use the date picker (YYYY-MM-DD).'",
            "handoff-close-date, 26/02/2027, 'Not a date: use the date picker (YYYY-MM-DD).'",
            "handoff-close-date, NULL, Pick the expected close date.",
            "handoff-arr, -1, ARR cannot be negative.",
            "handoff-arr, '-$250,000', ARR cannot be negative.",
            "handoff-arr, a lot, 'Not a number: give the ARR in dollars, such as 250000.'",
            "handoff-arr, 100.001, At most two decimals (cents).",
            "handoff-arr, 1000000000.01, 'That is more than $1B: check the figure.'",
            "handoff-arr, '', 'Give the ARR in dollars, such as 250000.'",
            "handoff-arr, NULL, 'Give the ARR in dollars, such as 250000.'",
            "handoff-seats, 12.5, 'Seats must be a whole number, such as 250.'",
            "handoff-seats, many, 'Seats must be a whole number, such as 250.'",
            "handoff-seats, 0, Seats must be at least 1.",
            "handoff-seats, -3, Seats must be at least 1.",
            "handoff-seats, NULL, Give the number of seats.",
            "handoff-name, '', Give the account's name.",
            "handoff-name, NULL, Give the account's name.",
            "handoff-segment, NULL, Pick one.",
            "handoff-segment, Huge, 'Pick one of Strategic, Enterprise, Mid-Market, SMB.'",
            "handoff-service-model, NULL, Pick one.",
            "handoff-service-model, Solo, 'Pick one of Named, Pooled, Scaled.'",
            "handoff-order-type, NULL, Pick one.",
            "handoff-deployment, On a boat, 'Pick one of SaaS, Self-Managed.'",
            "handoff-ae, NULL, Pick the AE.",
            "handoff-ce, NULL, Pick the CE.",
    })
    void eachMistakeIsAnsweredOnItsOwnField(String field, String value, String problem) {
        assertThat(with(field, value).problems()).containsExactly(Map.entry(field, problem));
    }

    @Test
    void tooLongANameOrCrmIdIsAnsweredOnItsField() {
        assertThat(with(FIELD_NAME, "n".repeat(255)).problems()).isEmpty();
        assertThat(with(FIELD_NAME, "n".repeat(256)).problems()).containsExactly(Map.entry(FIELD_NAME,
                "At most 255 characters."));
        assertThat(with(FIELD_CRM_ID, "c".repeat(64)).problems()).isEmpty();
        assertThat(with(FIELD_CRM_ID, "c".repeat(65)).problems()).containsExactly(Map.entry(FIELD_CRM_ID,
                "At most 64 characters."));
        assertThat(with(FIELD_CRM_ID, null).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "250000", "1000000000", "$1,000,000,000.00", "99.9"})
    void anArrUpToOneBillionDollarsInCentsIsAccepted(String arr) {
        assertThat(StartForm.arrProblem(arr)).isNull();
    }

    @Test
    void anEmptyFormAnswersEveryRequiredFieldAtOnce() {
        StartForm empty = new StartForm(null, null, null, null, null, null, null, null, null, null, null);
        assertThat(empty.problems()).containsOnlyKeys(FIELD_NAME, FIELD_SEGMENT, FIELD_SERVICE_MODEL, FIELD_ORDER_TYPE,
                FIELD_DEPLOYMENT, FIELD_CLOSE_DATE, FIELD_ARR, FIELD_SEATS, FIELD_AE, FIELD_CE);
    }

    @Test
    void theFormSetsWhatItAsksAndKeepsWhatLeadersAndTheCrmSet() {
        Instant signed = Instant.parse("2026-11-01T10:00:00Z");
        AccountFields base = new AccountFields("001OLD", "Acme Old", Segment.SMB, ServiceModel.POOLED, TaSupportLevel.HIGH_TOUCH,
                TaSegmentation.ENTERPRISE, OrderType.WEB_DIRECT, Deployment.SAAS, "0. Prospect", "UOLDAE", "UOLDCE", TA, "UEXP0001", "C0ACME",
                LocalDate.parse("2026-12-01"), signed, null, LocalDate.parse("2027-12-01"), 1L, 1, "UMGR0001");

        AccountFields after = form(typed()).applyTo(base);

        assertThat(after).isEqualTo(new AccountFields("001ACME", "Acme", Segment.ENTERPRISE, ServiceModel.NAMED,
                TaSupportLevel.HIGH_TOUCH, TaSegmentation.ENTERPRISE, OrderType.SALES_ASSISTED, Deployment.SELF_MANAGED, "0. Prospect", AE, CE, TA, "UEXP0001",
                "C0ACME", LocalDate.parse("2027-02-26"), signed, null, LocalDate.parse("2027-12-01"), 100_000_050L,
                1200, "UMGR0001"));
        assertThat(with(FIELD_CRM_ID, "").applyTo(base).crmId()).isEqualTo("001OLD");
        assertThat(with(FIELD_CRM_ID, null).applyTo(base).crmId()).isEqualTo("001OLD");
    }
}
