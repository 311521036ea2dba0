package dev.baton.handoff;

import dev.baton.account.AccountFields;
import dev.baton.account.RoleCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The card's dated timeline and figures, and the modal state that carries the account between views. */
class HandoffCardTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static HandoffCard card(AccountFields fields) {
        return new HandoffCard(HandoffTesting.account(fields), null, List.of(),
                Checklist.of(HandoffTesting.account(fields), null, RoleCoverage.of(List.of()), false),
                null, TODAY);
    }

    @Test
    void theTimelineIsDated45And35And30DaysBeforeTheExpectedCloseWithTheDaysLeftFromToday() {
        HandoffCard card = card(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", LocalDate.parse("2027-02-26")));

        assertThat(card.milestones()).extracting(HandoffCard.Milestone::daysBefore).containsExactly(45, 35, 30, 0);
        assertThat(card.milestones()).extracting(HandoffCard.Milestone::date).containsExactly(
                LocalDate.parse("2027-01-12"), LocalDate.parse("2027-01-22"), LocalDate.parse("2027-01-27"),
                LocalDate.parse("2027-02-26"));
        assertThat(card.milestones()).extracting(HandoffCard.Milestone::daysLeft).containsExactly(50L, 60L, 65L, 95L);
        assertThat(card.milestones().get(0).what()).isEqualTo("support level and segmentation set");
        assertThat(card.milestones().get(1).what()).isEqualTo("TA assigned; hand-off doc and knowledge transfer");
    }

    @Test
    void aMilestoneAlreadyPassedHasNegativeDaysLeft() {
        HandoffCard card = card(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", TODAY.plusDays(40)));
        assertThat(card.milestones()).extracting(HandoffCard.Milestone::daysLeft).containsExactly(-5L, 5L, 10L, 40L);
    }

    @Test
    void anAccountWithoutAnExpectedCloseHasNoTimeline() {
        assertThat(card(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", null)).milestones()).isEmpty();
    }

    @Test
    void theArrIsShownInDollarsWithCentsOrNotAtAll() {
        AccountFields f = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", TODAY);
        assertThat(card(f).arr()).isEqualTo("$250,000.00");
        AccountFields noArr = new AccountFields(f.crmId(), f.name(), f.segment(), f.serviceModel(), null, null,
                f.orderType(), f.deployment(), f.lifecycleStage(), f.ae(), f.ce(), null, null, null,
                f.expectedCloseDate(), null, null, null, null, null, null);
        assertThat(card(noArr).arr()).isNull();
    }

    @Test
    void theModalStateRoundTripsThroughPrivateMetadata() {
        HandoffState state = new HandoffState(42, "https://hooks.slack.com/actions/T1/2/x\"y");
        assertThat(HandoffState.parse(state.toJson())).contains(state);
        assertThat(HandoffState.parse("{\"accountId\":7}")).contains(new HandoffState(7, null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "not json", "{\"accountId\":\"seven\"}", "[1,2]"})
    void metadataThatIsNotAHandoffStateIsEmptyRatherThanAnError(String metadata) {
        assertThat(HandoffState.parse(metadata)).isEmpty();
    }
}
