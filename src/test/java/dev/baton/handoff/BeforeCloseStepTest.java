package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import dev.baton.timeline.StepCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static dev.baton.handoff.HandoffTesting.LEADERS;
import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The leaders' steps before the close: support level and segmentation at 45 days, a TA at 35. */
class BeforeCloseStepTest {
    /** A Friday, so 45 (a Tuesday) and 35 (a Friday) days before are working days. */
    private static final LocalDate CLOSE = LocalDate.parse("2027-02-26");
    private static final SupportLevelStep SUPPORT_LEVEL = new SupportLevelStep(LEADERS);
    private static final TaAssignedStep TA_ASSIGNED = new TaAssignedStep(LEADERS);

    private static AccountFields acme() {
        return HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE);
    }

    private static Account account(AccountFields f) {
        return HandoffTesting.account(f);
    }

    @Test
    void theSupportLevelIsDue45AndTheTaAssigned35DaysBeforeTheCloseAtTheStartOfTheWorkingDay() {
        assertThat(SUPPORT_LEVEL.dueAt(account(acme()), ZoneOffset.UTC)).contains(Instant.parse("2027-01-12T09:00:00Z"));
        assertThat(TA_ASSIGNED.dueAt(account(acme()), ZoneOffset.UTC)).contains(Instant.parse("2027-01-22T09:00:00Z"));
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(SUPPORT_LEVEL.dueAt(account(acme()), newYork)).contains(Instant.parse("2027-01-12T14:00:00Z"));
    }

    @Test
    void aDayThatFallsOnAWeekendWaitsForMonday() {
        // 35 days before Sunday 31 January 2027 is Sunday 27 December 2026
        Account sunday = account(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", LocalDate.parse("2027-01-31")));
        assertThat(TA_ASSIGNED.dueAt(sunday, ZoneOffset.UTC)).contains(Instant.parse("2026-12-28T09:00:00Z"));
    }

    @Test
    void neitherIsDueWithoutAnExpectedCloseOrOnceClosedWon() {
        Account noClose = account(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", null));
        Account closed = account(acme().withClose("1. Onboarding", Instant.parse("2026-11-23T14:00:00Z"),
                LocalDate.parse("2026-11-23")));
        for (Account a : List.of(noClose, closed)) {
            assertThat(SUPPORT_LEVEL.dueAt(a, ZoneOffset.UTC)).isEmpty();
            assertThat(TA_ASSIGNED.dueAt(a, ZoneOffset.UTC)).isEmpty();
        }
    }

    @Test
    void theSupportLevelStepRemindsTheLeadersOfWhatIsNotSetYet() {
        assertThat(SUPPORT_LEVEL.check(null, account(acme()))).isEqualTo(new StepCheck.Needed(List.of(LEADER),
                "set the TA support level and segmentation", List.of("TA support level is not set",
                "TA segmentation is not set", "Expected close 2027-02-26 (45 days before: now) · Enterprise · Named"),
                new com.google.gson.JsonArray()));

        AccountFields levelOnly = acme().withSupport(TaSupportLevel.HIGH_TOUCH, null, null);
        assertThat(SUPPORT_LEVEL.check(null, account(levelOnly))).isInstanceOfSatisfying(StepCheck.Needed.class,
                n -> assertThat(n.details()).first().isEqualTo("TA segmentation is not set"));
    }

    @Test
    void anSmbAccountIsRemindedThatItsSegmentationIsDigital() {
        AccountFields smb = new AccountFields(null, "Tiny", Segment.SMB, ServiceModel.POOLED, TaSupportLevel.LOW_TOUCH, null,
                OrderType.WEB_DIRECT, Deployment.SAAS, "0. Prospect", AE, CE, null, null, null, CLOSE, null, null, null, 5_000_00L, 5, null);
        assertThat(SUPPORT_LEVEL.check(null, account(smb))).isInstanceOfSatisfying(StepCheck.Needed.class,
                n -> assertThat(n.details()).containsExactly("TA segmentation is not set (SMB: Digital)",
                        "Expected close 2027-02-26 (45 days before: now) · SMB · Pooled"));
    }

    @Test
    void eachStepIsDoneOnceItsFieldsAreSet() {
        Account supported = account(acme().withSupport(TaSupportLevel.HIGH_TOUCH, TaSegmentation.ENTERPRISE, null));
        assertThat(SUPPORT_LEVEL.check(null, supported))
                .isEqualTo(new StepCheck.Satisfied("TA support level and segmentation set"));
        assertThat(TA_ASSIGNED.check(null, supported)).isInstanceOfSatisfying(StepCheck.Needed.class, n -> {
            assertThat(n.headline()).isEqualTo("assign a TA");
            assertThat(n.details()).first().isEqualTo("No TA is assigned");
        });
        assertThat(TA_ASSIGNED.check(null, account(acme().withTeam(AE, CE, TA, null))))
                .isEqualTo(new StepCheck.Satisfied("TA assigned"));
    }

    @Test
    void withoutLeadersTheAeIsReminded() {
        assertThat(new TaAssignedStep(Set.of()).check(null, account(acme()))).isInstanceOfSatisfying(
                StepCheck.Needed.class, n -> assertThat(n.recipients()).containsExactly(AE));
        assertThat(new SupportLevelStep(Set.of()).check(null, account(acme()))).isInstanceOfSatisfying(
                StepCheck.Needed.class, n -> assertThat(n.recipients()).containsExactly(AE));
    }
}
