package dev.baton.timeline;

import dev.baton.account.AccountAccess;
import dev.baton.account.Role;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.handoff.SupportLevelStep;
import dev.baton.handoff.TaAssignedStep;
import dev.baton.outbox.OutboxMessage;
import dev.baton.roles.ContactForm;
import dev.baton.roles.RolesNotifications;
import dev.baton.roles.RolesService;
import dev.baton.roles.RolesTaggingStep;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.timeline.TimelineTesting.importAccounts;
import static dev.baton.timeline.TimelineTesting.queued;
import static dev.baton.timeline.TimelineTesting.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Due steps from account dates, reminders in working hours, the cap and escalation; on H2 and PostgreSQL. */
class TimelineTest {
    /** A Monday, 14:00 UTC: 09:00 in New York, where the fake Slack puts every user. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    private static String acme(String signedAt, String closeDate) {
        return "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"ae\":\"UAE0001\",\"ce\":\"UCE0001\","
                + "\"contract_signed_at\":" + signedAt + ",\"expected_close_date\":" + closeDate + "}]";
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void stepsAreComputedFromTheAccountsDatesAndMoveWhenADateMoves(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Timeline timeline = TimelineTesting.timeline(db, TimelineTesting.zones(db, slack, clock), clock, "e1");
            importAccounts(db, timeline, clock, acme("\"2026-11-16T10:00:00Z\"", "\"2027-01-31\""));

            assertThat(step(db, "001ACME", RolesTaggingStep.ID).dueAt()).isEqualTo("2026-11-23T10:00:00Z");
            assertThat(step(db, "001ACME", SupportLevelStep.ID).dueAt()).isEqualTo("2026-12-17T09:00:00Z");
            // 35 days before is a Sunday: the reminder waits for Monday morning
            assertThat(step(db, "001ACME", TaAssignedStep.ID).dueAt()).isEqualTo("2026-12-28T09:00:00Z");

            importAccounts(db, timeline, clock, "[{\"crm_id\":\"001ACME\",\"expected_close_date\":\"2027-03-03\"}]");
            assertThat(step(db, "001ACME", SupportLevelStep.ID).dueAt()).isEqualTo("2027-01-18T09:00:00Z");
            assertThat(step(db, "001ACME", TaAssignedStep.ID).dueAt()).isEqualTo("2027-01-27T09:00:00Z");

            importAccounts(db, timeline, clock, "[{\"crm_id\":\"001ACME\",\"expected_close_date\":null}]");
            assertThat(step(db, "001ACME", SupportLevelStep.ID)).isNull();
            assertThat(step(db, "001ACME", RolesTaggingStep.ID)).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anOpenStepRemindsTheCeDailyUpToTheCapThenEscalatesToLeadersOnce(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Timeline timeline = TimelineTesting.timeline(db, TimelineTesting.zones(db, slack, clock), clock, "e1");
            importAccounts(db, timeline, clock, acme("\"2026-11-16T10:00:00Z\"", "null"));

            assertThat(timeline.tick(100)).isEqualTo(1);
            assertThat(timeline.tick(100)).isZero();
            List<OutboxMessage> first = queued(db, "timeline:");
            assertThat(first).singleElement().satisfies(m -> {
                assertThat(m.channel()).isEqualTo(CE);
                assertThat(m.payload()).contains("Acme").contains("Missing: Instance Admin, Program Contact, Champion")
                        .contains("timeline-snooze-day").contains("timeline-done").contains("Tag a contact")
                        .contains("Reminder 1 of 3");
            });
            DueStep afterFirst = step(db, "001ACME", RolesTaggingStep.ID);
            assertThat(afterFirst.remindersSent()).isEqualTo(1);
            assertThat(afterFirst.dueAt()).isEqualTo("2026-11-24T14:00:00Z");

            for (int day = 1; day <= 3; day++) {
                clock.advance(Duration.ofDays(1));
                assertThat(timeline.tick(100)).isEqualTo(1);
            }
            clock.advance(Duration.ofDays(7));
            assertThat(timeline.tick(100)).isZero();

            assertThat(queued(db, "timeline:")).extracting(OutboxMessage::channel)
                    .containsExactly(CE, CE, CE, LEADER);
            assertThat(queued(db, "timeline:").get(3).payload()).contains("Still open after 3 reminders");
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).status()).isEqualTo(DueStep.ESCALATED);
            List<AuditEntry> audit = db.jdbi().withExtension(AuditDao.class,
                    dao -> dao.forAccount(step(db, "001ACME", RolesTaggingStep.ID).accountId()));
            assertThat(audit).extracting(AuditEntry::action).containsSubsequence("timeline.reminded",
                    "timeline.reminded", "timeline.reminded", "timeline.escalated");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aStepWhoseWorkIsDoneClosesWithoutReminding(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Timeline timeline = TimelineTesting.timeline(db, TimelineTesting.zones(db, slack, clock), clock, "e1");
            importAccounts(db, timeline, clock, acme("\"2026-11-16T10:00:00Z\"", "null"));
            long accountId = step(db, "001ACME", RolesTaggingStep.ID).accountId();
            RolesService roles = new RolesService(db.jdbi(), new AccountAccess(Set.of(LEADER)), clock,
                    new RolesNotifications(TimelineTesting.BLOCK_KIT));
            roles.save(CE, accountId, null, new ContactForm("Ada", "CTO", "ada@acme.com",
                    Set.of(Role.INSTANCE_ADMIN, Role.PROGRAM_CONTACT, Role.CHAMPION), true));

            assertThat(timeline.tick(100)).isEqualTo(1);

            assertThat(queued(db, "timeline:")).isEmpty();
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).status()).isEqualTo(DueStep.DONE);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReminderDueAtTheWeekendWaitsForTheRecipientsMondayMorning(DatabaseKind kind) {
        try (Database db = kind.open()) {
            clock.set(Instant.parse("2026-11-28T12:00:00Z")); // Saturday
            Timeline timeline = TimelineTesting.timeline(db, TimelineTesting.zones(db, slack, clock), clock, "e1");
            importAccounts(db, timeline, clock, acme("\"2026-11-20T16:00:00Z\"", "null"));
            clock.set(Instant.parse("2026-11-27T16:00:00Z")); // Friday 11:00 in New York: due and in hours
            assertThat(timeline.tick(100)).isEqualTo(1);
            assertThat(queued(db, "timeline:").get(0).nextAttemptAt()).isEqualTo(clock.instant());

            clock.set(Instant.parse("2026-11-28T16:00:00Z")); // Saturday: the next reminder is due Monday
            assertThat(timeline.tick(100)).isZero();
            clock.set(Instant.parse("2026-11-30T09:00:00Z")); // Monday 09:00 UTC, 04:00 in New York
            assertThat(timeline.tick(100)).isEqualTo(1);
            assertThat(queued(db, "timeline:").get(1).nextAttemptAt()).isEqualTo("2026-11-30T14:00:00Z");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aStepClaimedByAnEngineThatDiedIsRunByAnotherAfterTheLease(DatabaseKind kind) {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            Timeline dying = TimelineTesting.timeline(db, zones, clock, "dying");
            Timeline survivor = TimelineTesting.timeline(db, zones, clock, "survivor");
            importAccounts(db, dying, clock, acme("\"2026-11-16T10:00:00Z\"", "null"));

            assertThat(dying.claimDue(100)).hasSize(1); // claimed, then killed before its transaction commits

            assertThat(survivor.tick(100)).isZero();
            clock.advance(Timeline.LEASE.plusSeconds(1));
            assertThat(survivor.tick(100)).isEqualTo(1);
            assertThat(queued(db, "timeline:")).hasSize(1);
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).remindersSent()).isEqualTo(1);
        }
    }
}
