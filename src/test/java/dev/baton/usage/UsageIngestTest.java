package dev.baton.usage;

import dev.baton.outbox.OutboxMessage;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.baton.usage.UsageTesting.event;
import static dev.baton.usage.UsageTesting.queued;
import static org.assertj.core.api.Assertions.assertThat;

/** First uses decide exactly one alert per (account, feature), on H2 and PostgreSQL. */
class UsageIngestTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theFirstUseAlertsOnceWithTheAccountTeamAndTheUsersSoFar(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = Fixtures.account(db.jdbi(), clock, "Acme <!channel>", "001ACME");
            UsageIngest ingest = UsageTesting.ingest(db, clock);

            List<String> answers = ingest.ingest(List.of(
                    event("001ACME", "Merge Trains", "u1", "2026-11-20T10:00:00Z"),
                    event("001ACME", "merge  trains", "u2", "2026-11-20T09:00:00Z"),
                    event("001ACME", "Merge Trains", "u1", "2026-11-20T11:00:00Z"),
                    event("001NOPE", "Merge Trains", "u1", "2026-11-20T11:00:00Z")));

            assertThat(answers).containsExactly(null, null, null, "unknown account 001NOPE");
            List<OutboxMessage> alerts = queued(db, "usage-first:");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).dedupeKey()).isEqualTo("usage-first:" + acme + ":merge trains");
            assertThat(alerts.get(0).channel()).isEqualTo(UsageTesting.CHANNEL);
            assertThat(UsageTesting.shown(db, alerts.get(0))).contains("Acme &lt;!channel&gt;").contains("2 users so far")
                    .contains("<@" + Fixtures.AE + ">").contains("<@" + Fixtures.TA + ">")
                    .contains("Fri 20 Nov 2026 09:00 UTC");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void lateDuplicateAndEarlierEventsNeverAlertAgainButMoveTheFirstUseBack(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
            UsageIngest ingest = UsageTesting.ingest(db, clock);
            ingest.ingest(List.of(event("001ACME", "Pipelines", "u1", "2026-11-20T10:00:00Z")));
            ingest.ingest(List.of(event("001ACME", "Pipelines", "u1", "2026-11-20T10:00:00Z")));
            ingest.ingest(List.of(event("001ACME", "Pipelines", "u3", "2026-11-21T10:00:00Z")));
            ingest.ingest(List.of(event("001ACME", "Pipelines", "u2", "2026-11-18T08:00:00Z")));
            // a second instance has no cache of what the first one saw
            UsageTesting.ingest(db, clock).ingest(List.of(event("001ACME", "PIPELINES", "u4", "2026-11-01T00:00:00Z")));

            assertThat(queued(db, "usage-first:")).hasSize(1);
            FirstUse stored = UsageTesting.firstUse(db, acme, "pipelines").orElseThrow();
            assertThat(stored.firstAt()).isEqualTo("2026-11-01T00:00:00Z");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aMutedFeatureOrAccountIsRecordedWithoutAnAlert(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
            Fixtures.account(db.jdbi(), clock, "Globex", "001GLOBEX");
            db.jdbi().useExtension(UsageDao.class, dao -> {
                dao.mute(UsageMute.FEATURE, "login", Fixtures.LEADER, clock.instant());
                dao.mute(UsageMute.ACCOUNT, Long.toString(acme), Fixtures.LEADER, clock.instant());
            });
            UsageTesting.ingest(db, clock).ingest(List.of(
                    event("001GLOBEX", "Login", "u1", "2026-11-20T10:00:00Z"),
                    event("001ACME", "Boards", "u1", "2026-11-20T10:00:00Z"),
                    event("001GLOBEX", "Boards", "u1", "2026-11-20T10:00:00Z")));

            assertThat(queued(db, "usage-first:")).extracting(OutboxMessage::dedupeKey).singleElement()
                    .asString().endsWith(":boards").doesNotContain(":" + acme + ":");
            assertThat(UsageTesting.firstUse(db, acme, "boards")).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void concurrentBatchesOfTheSameEventsAlertOncePerAccountAndFeature(DatabaseKind kind) throws Exception {
        try (Database db = kind.open()) {
            for (int a = 0; a < 5; a++) {
                Fixtures.account(db.jdbi(), clock, "Account " + a, "001A" + a);
            }
            List<UsageEvent> batch = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                for (int f = 0; f < 20; f++) {
                    batch.add(event("001A" + a, "Feature " + f, "u" + (a * f % 7), "2026-11-20T10:00:00Z"));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<UsageEvent> shuffled = new ArrayList<>(batch);
                java.util.Collections.shuffle(shuffled, new java.util.Random(i));
                UsageIngest ingest = UsageTesting.ingest(db, clock); // one per "instance"
                tasks.add(() -> ingest.ingest(shuffled));
            }
            for (Future<List<String>> answer : pool.invokeAll(tasks)) {
                assertThat(answer.get()).containsOnlyNulls();
            }
            pool.shutdown();
            assertThat(queued(db, "usage-first:")).hasSize(100);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aBatchOfNewAndExistingFirstUsesMovesEachOneByItsOwnId(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
            // another instance stored "b" first: this instance's batch meets it between two pairs it creates
            UsageTesting.ingest(db, clock).ingest(List.of(event("001ACME", "b", "u1", "2026-11-20T10:00:00Z")));
            UsageIngest ingest = UsageTesting.ingest(db, clock);
            ingest.ingest(List.of(event("001ACME", "a", "u1", "2026-11-20T10:00:00Z"),
                    event("001ACME", "b", "u1", "2026-11-20T10:00:00Z"),
                    event("001ACME", "c", "u1", "2026-11-20T10:00:00Z")));

            ingest.ingest(List.of(event("001ACME", "a", "u1", "2026-11-20T09:00:00Z"),
                    event("001ACME", "b", "u1", "2026-11-20T08:00:00Z"),
                    event("001ACME", "c", "u1", "2026-11-20T07:00:00Z")));

            assertThat(UsageTesting.firstUse(db, acme, "a").orElseThrow().firstAt()).isEqualTo("2026-11-20T09:00:00Z");
            assertThat(UsageTesting.firstUse(db, acme, "b").orElseThrow().firstAt()).isEqualTo("2026-11-20T08:00:00Z");
            assertThat(UsageTesting.firstUse(db, acme, "c").orElseThrow().firstAt()).isEqualTo("2026-11-20T07:00:00Z");
            assertThat(queued(db, "usage-first:")).hasSize(3);
        }
    }
}
