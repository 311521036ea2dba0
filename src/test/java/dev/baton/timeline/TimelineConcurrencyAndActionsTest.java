package dev.baton.timeline;

import dev.baton.account.AccountAccess;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.timeline.TimelineTesting.importAccounts;
import static dev.baton.timeline.TimelineTesting.queued;
import static dev.baton.timeline.TimelineTesting.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Two engines on one database run each step once; Snooze and Done from the reminder, with permissions. */
class TimelineConcurrencyAndActionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void twoEnginesTickingAtOnceRunEachStepExactlyOnce(DatabaseKind kind) throws Exception {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            int accounts = 40;
            String json = IntStream.range(0, accounts).mapToObj(i -> String.format("{\"crm_id\":\"A%03d\",\"name\":"
                    + "\"Account %d\",\"ce\":\"UCE0001\",\"contract_signed_at\":\"2026-11-10T10:00:00Z\"}", i, i))
                    .collect(Collectors.joining(",", "[", "]"));
            importAccounts(db, TimelineTesting.timeline(db, zones, clock, "loader"), clock, json);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = List.of("east", "west").stream().map(owner -> pool.submit(() -> {
                    Timeline engine = TimelineTesting.timeline(db, zones, clock, owner);
                    int ran = 0;
                    for (int pass = 0; pass < 20; pass++) {
                        ran += engine.tick(3);
                    }
                    return ran;
                })).toList();
                int east = runs.get(0).get();
                int west = runs.get(1).get();
                assertThat(east + west).isEqualTo(accounts);
            } finally {
                pool.shutdownNow();
            }

            assertThat(queued(db, "timeline:")).hasSize(accounts);
            for (int i = 0; i < accounts; i++) {
                assertThat(step(db, String.format("A%03d", i), RolesTaggingStep.ID).remindersSent()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void snoozeMovesTheStepIntoWorkingHoursDoneClosesItAndOutsidersAreRefused(DatabaseKind kind) {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            Timeline timeline = TimelineTesting.timeline(db, zones, clock, "e1");
            importAccounts(db, timeline, clock, "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"ce\":\"UCE0001\","
                    + "\"contract_signed_at\":\"2026-11-16T10:00:00Z\"}]");
            timeline.tick(10);
            DueStep reminded = step(db, "001ACME", RolesTaggingStep.ID);
            TimelineActions actions = new TimelineActions(db.jdbi(), new AccountAccess(Set.of(LEADER)), zones, clock, step -> false);

            assertThat(actions.snooze(OUTSIDER, reminded.id(), Duration.ofDays(1))).contains("Only the account team");
            clock.set(Instant.parse("2026-11-27T20:00:00Z")); // Friday 15:00 in New York
            String snoozed = actions.snooze(CE, reminded.id(), Duration.ofDays(1));

            assertThat(snoozed).contains("Snoozed until Mon 30 Nov 09:00 (America/New_York)");
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).dueAt()).isEqualTo("2026-11-30T14:00:00Z");
            clock.set(Instant.parse("2026-11-30T13:59:00Z"));
            assertThat(timeline.tick(10)).isZero();

            assertThat(actions.snooze(CE, reminded.id(), Duration.ofDays(7))).contains("Snoozed until Mon 7 Dec");
            assertThat(actions.done(CE, reminded.id())).contains("Marked done");
            assertThat(actions.done(CE, reminded.id())).contains("already done");
            clock.set(Instant.parse("2026-12-20T15:00:00Z"));
            assertThat(timeline.tick(10)).isZero();
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).status()).isEqualTo(DueStep.DONE);
            assertThat(step(db, "001ACME", RolesTaggingStep.ID).closedBy()).isEqualTo(CE);
            List<AuditEntry> audit = db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(reminded.accountId()));
            assertThat(audit).filteredOn(e -> e.action().startsWith("timeline.")).extracting(AuditEntry::action)
                    .containsExactly("timeline.reminded", "timeline.snoozed", "timeline.snoozed", "timeline.done");
            assertThat(audit).filteredOn(e -> e.action().equals("timeline.snoozed")).first()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(CE));
        }
    }
}
