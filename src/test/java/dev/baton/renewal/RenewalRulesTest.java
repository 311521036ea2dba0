package dev.baton.renewal;

import dev.baton.account.ServiceModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The renewal's pure rules: what a draft and a submission need, and what the list calls overdue. */
class RenewalRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    private static AssessmentForm form(String driverRating, String summary, boolean confirmed, String reason,
                                       boolean submit) {
        Map<Driver, DriverRating> drivers = new EnumMap<>(Driver.class);
        for (Driver driver : Driver.values()) {
            drivers.put(driver, new DriverRating(0, driver.code(), driverRating, null));
        }
        return new AssessmentForm(drivers, driverRating, summary, null, confirmed, reason, submit);
    }

    @Test
    void aDraftNeedsOnlyValidValuesAndASubmissionEverythingWithTheRolesOrAReason() {
        assertThat(form(null, null, false, null, false).problems(true)).isEmpty();
        assertThat(form("purple", null, false, null, false).problems(false))
                .containsKey(RenewalIds.driver(Driver.UTILISATION, "rating"));
        assertThat(form(null, null, false, null, true).problems(false)).containsKeys(
                RenewalIds.driver(Driver.ENGAGEMENT, "rating"), RenewalIds.FIELD_OVERALL, RenewalIds.FIELD_SUMMARY,
                RenewalIds.FIELD_CONTACTS_CONFIRMED).doesNotContainKey(RenewalIds.FIELD_MISSING_ROLE_REASON);
        assertThat(form("green", "Fine", true, null, true).problems(true))
                .containsOnlyKeys(RenewalIds.FIELD_MISSING_ROLE_REASON);
        assertThat(form("green", "Fine", true, "Admin starts in January", true).problems(true)).isEmpty();
        assertThat(form("green", "Fine", true, null, true).problems(false)).isEmpty();
    }

    private static dev.baton.account.Account account(ServiceModel serviceModel, String ta, String aeManager) {
        return new dev.baton.account.Account(1, null, "Acme", null, serviceModel, null, null, null, null, "1. Onboarding",
                "UAE1", "UCE1", ta, null, null, null, null, null, TODAY.plusDays(100), null, null, null, aeManager);
    }

    @Test
    void theTaAssessesTheCeForScaledAccountsAndTheAesManagerAlignsOrElseTheLeaders() {
        assertThat(Cycles.assessor(account(ServiceModel.NAMED, "UTA1", null))).isEqualTo("UTA1");
        assertThat(Cycles.assessor(account(ServiceModel.SCALED, "UTA1", null))).isEqualTo("UCE1");
        assertThat(Cycles.assessor(account(ServiceModel.NAMED, null, null))).isEqualTo("UCE1");
        assertThat(Cycles.managers(account(ServiceModel.NAMED, "UTA1", "UMGR1"), java.util.Set.of("ULEAD1"))).containsExactly("UMGR1");
        assertThat(Cycles.managers(account(ServiceModel.NAMED, "UTA1", null), java.util.Set.of("ULEAD1"))).containsExactly("ULEAD1");
    }

    private static RenewalRow row(int daysOut, String rating, String forecastRating, String status, long plans,
                                  Instant lastCheckIn) {
        return new RenewalRow(1, "Acme", TODAY.plusDays(daysOut), 100L, 2L, rating,
                rating == null ? null : NOW.minusSeconds(86_400 * 10), null, null, forecastRating, status, rating, plans,
                lastCheckIn);
    }

    @Test
    void overdueItemsFollowTheProcess() {
        assertThat(row(121, null, null, null, 0, null).overdue(TODAY, NOW)).isEmpty();
        assertThat(row(119, null, null, Assessment.DRAFT, 0, null).overdue(TODAY, NOW)).containsExactly("assessment");
        assertThat(row(119, null, null, Assessment.SUBMITTED, 0, null).overdue(TODAY, NOW))
                .containsExactly("rating not agreed");
        assertThat(row(100, "yellow", null, Assessment.AGREED, 0, null).overdue(TODAY, NOW))
                .containsExactly("save plan", "check-in", "forecast");
        assertThat(row(100, "yellow", "yellow", Assessment.AGREED, 1, NOW.minusSeconds(3_600)).overdue(TODAY, NOW))
                .isEmpty();
        assertThat(row(-1, "green", "green", Assessment.AGREED, 0, null).overdue(TODAY, NOW)).containsExactly("processing");
    }
}
