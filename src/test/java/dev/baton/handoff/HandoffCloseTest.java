package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountFields;
import dev.baton.audit.AuditEntry;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.handoff.HandoffTesting.audit;
import static dev.baton.handoff.HandoffTesting.outbox;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

/** *Mark closed-won*: the checklist gate, a leader's audited override, the stage move, and clear refusals. */
class HandoffCloseTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final List<String> ALL_MISSING = List.of("TA segmentation set", "TA support level set", "TA assigned",
            "Contacts tagged, required roles covered", "Hand-off doc complete", "Knowledge transfer scheduled");
    private final MutableClock clock = new MutableClock(NOW);

    private long acme(Database db) {
        return HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS",
                LocalDate.parse("2027-02-26")));
    }

    private static void assertNotClosed(Database db, long id) {
        Account account = HandoffTesting.account(db, id);
        assertThat(account.lifecycleStage()).isEqualTo("0. Prospect");
        assertThat(account.closedWonDate()).isNull();
        Optional<Handoff> handoff = db.jdbi().withExtension(HandoffDao.class, dao -> dao.find(id));
        assertThat(handoff).isEmpty();
        assertThat(outbox(db, "handoff-")).isEmpty();
        assertThat(audit(db, id, "handoff.closed_won")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theTeamCannotCloseWithMissingItemsAndIsToldWhichBlockIt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);

            CloseOutcome outcome = HandoffTesting.close(db, clock, false).close(AE, id, null);

            assertThat(outcome).isEqualTo(new CloseOutcome.Blocked(ALL_MISSING,
                    "These block the close. A leader can close anyway with a reason."));
            assertNotClosed(db, id);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReasonFromSomeoneWhoIsNotALeaderDoesNotUnblockTheClose(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);

            CloseOutcome outcome = HandoffTesting.close(db, clock, false).close(CE, id, "customer asked");

            assertThat(outcome).isEqualTo(new CloseOutcome.Blocked(ALL_MISSING,
                    "Only a leader can close with missing items."));
            assertNotClosed(db, id);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaderNeedsAReasonToCloseWithMissingItems(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);

            assertThat(HandoffTesting.close(db, clock, false).close(LEADER, id, "  "))
                    .isInstanceOfSatisfying(CloseOutcome.Blocked.class, b -> assertThat(b.missing()).isEqualTo(ALL_MISSING));
            assertNotClosed(db, id);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaderMayCloseWithMissingItemsGivingAReasonWhichIsAudited(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);

            CloseOutcome outcome = HandoffTesting.close(db, clock, false).close(LEADER, id, "signed early");

            assertThat(outcome).isEqualTo(new CloseOutcome.Closed("First Order AE hands over to the Expand AE within 24 hours"));
            Account closed = HandoffTesting.account(db, id);
            assertThat(closed.lifecycleStage()).isEqualTo("1. Onboarding");
            assertThat(closed.closedWonDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(closed.contractSignedAt()).isEqualTo(NOW);
            Handoff handoff = HandoffTesting.handoff(db, id);
            assertThat(handoff.closedWonAt()).isEqualTo(NOW);
            assertThat(handoff.closedWonBy()).isEqualTo(LEADER);
            assertThat(handoff.closeOverride()).isEqualTo("signed early");
            assertThat(audit(db, id, "handoff.closed_won")).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo(LEADER);
                assertThat(entry.beforeJson()).contains("0. Prospect");
                assertThat(entry.afterJson()).contains("\"override\":\"signed early\"").contains("1. Onboarding");
            });
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theTeamClosesACompleteChecklistAndNoOverrideIsRecorded(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);
            HandoffTesting.completeBeforeClose(db, clock, id);

            assertThat(HandoffTesting.close(db, clock, false).close(CE, id, "not needed"))
                    .isInstanceOf(CloseOutcome.Closed.class);

            assertThat(HandoffTesting.account(db, id).lifecycleStage()).isEqualTo("1. Onboarding");
            Handoff handoff = HandoffTesting.handoff(db, id);
            assertThat(handoff.closedWonBy()).isEqualTo(CE);
            assertThat(handoff.closeOverride()).isNull();
            AuditEntry closedWon = audit(db, id, "handoff.closed_won").get(0);
            assertThat(closedWon.afterJson()).doesNotContain("override").contains("\"scenario\":\"First Order AE");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void closingTwiceIsRefusedAndChangesNothing(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);
            HandoffClose close = HandoffTesting.close(db, clock, false);
            close.close(LEADER, id, "signed early");
            int posts = outbox(db, "").size();
            clock.advance(Duration.ofDays(2));

            assertThat(close.close(LEADER, id, "again")).isEqualTo(new CloseOutcome.Refused("Acme is already closed-won."));

            assertThat(outbox(db, "")).hasSize(posts);
            assertThat(audit(db, id, "handoff.closed_won")).hasSize(1);
            assertThat(HandoffTesting.account(db, id).closedWonDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(HandoffTesting.handoff(db, id).closeOverride()).isEqualTo("signed early");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anUnknownAccountOrAnOutsiderIsRefusedClearly(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = acme(db);
            HandoffClose close = HandoffTesting.close(db, clock, false);

            assertThat(close.close(LEADER, id + 1000, "signed")).isEqualTo(
                    new CloseOutcome.Refused("That account no longer exists."));
            assertThat(close.close(OUTSIDER, id, "signed")).isEqualTo(
                    new CloseOutcome.Refused("Only Acme's account team or a leader can close it."));
            assertNotClosed(db, id);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theCloseKeepsTheCrmsSigningTimeAndDatesItInBatonsZone(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Instant signed = Instant.parse("2026-11-20T16:00:00Z");
            AccountFields f = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", LocalDate.parse("2027-02-26"));
            long id = HandoffTesting.insert(db.jdbi(), clock, f.withClose("0. Prospect", signed, null));
            clock.set(Instant.parse("2026-11-24T03:00:00Z"));
            List<Account> told = new ArrayList<>();
            HandoffClose close = new HandoffClose(db.jdbi(), HandoffTesting.ACCESS, clock,
                    ZoneId.of("America/New_York"), HandoffTesting.service(db, clock),
                    new Welcome(db.jdbi(), HandoffTesting.ACCESS, clock, HandoffTesting.VIEWS, false),
                    (handle, account) -> told.add(account));

            assertThat(close.close(LEADER, id, "signed early")).isInstanceOf(CloseOutcome.Closed.class);

            Account closed = HandoffTesting.account(db, id);
            assertThat(closed.contractSignedAt()).isEqualTo(signed);
            assertThat(closed.closedWonDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(told).singleElement().satisfies(a -> {
                assertThat(a.lifecycleStage()).isEqualTo("1. Onboarding");
                assertThat(a.closedWonDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            });
        }
    }
}
