package dev.baton.outbox;

import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.postsOf;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static dev.baton.testing.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** Messages Slack will not take become dead letters leaders see, retry and drop; two senders never double a post. */
class DeadLetterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    private final DeadLetterAlerts alerts = new DeadLetterAlerts(new BlockKit(new Templates(Path.of("templates"))),
            Set.of(LEADER));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void channelNotFoundIsADeadLetterAtOnceWithAnActionableErrorAndLeadersAreTold(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.failNext("chat.postMessage", "channel_not_found");
            post(db, "usage-9", "C0GONE", null, clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", alerts);

            sender.deliverDue(10);

            OutboxMessage dead = row(db, "usage-9");
            assertThat(dead.status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(dead.attempts()).isEqualTo(1);
            assertThat(dead.lastError()).contains("C0GONE").contains("invite Baton");
            OutboxAdmin admin = new OutboxAdmin(db.jdbi(), clock);
            assertThat(admin.deadLetters(10)).singleElement().satisfies(letter -> {
                assertThat(letter.destination()).isEqualTo("C0GONE");
                assertThat(letter.error()).contains("invite Baton");
            });

            sender.deliverDue(10);
            FakeSlackApi.Call alert = slack.calls("chat.postMessage").get(1);
            assertThat(alert.params()).containsEntry("channel", LEADER);
            assertThat(alert.params().get("text")).contains("could not deliver").contains("invite Baton");
            assertThat(alert.params().get("blocks")).contains("outbox-retry").contains("outbox-drop")
                    .contains("\"value\":\"" + dead.id() + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaderRetriesADeadLetterWhichIsThenDeliveredOrDropsItAndBothAreAudited(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.failNext("chat.postMessage", "not_in_channel");
            slack.failNext("chat.postMessage", "not_in_channel");
            post(db, "retro-1", "C0REVIEW", null, clock.instant());
            post(db, "retro-2", "C0REVIEW2", null, clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);
            sender.deliverDue(10);
            OutboxAdmin admin = new OutboxAdmin(db.jdbi(), clock);
            assertThat(admin.deadLetters(10)).hasSize(2);

            assertThat(admin.retry(LEADER, row(db, "retro-1").id())).isTrue();
            assertThat(admin.drop(LEADER, row(db, "retro-2").id())).isTrue();
            assertThat(admin.drop(LEADER, row(db, "retro-2").id())).isFalse();
            clock.advance(Duration.ofSeconds(1)); // the channel's pacing slot from the failed attempt
            sender.deliverDue(10);

            assertThat(row(db, "retro-1").status()).isEqualTo(OutboxMessage.SENT);
            assertThat(row(db, "retro-2").status()).isEqualTo(OutboxMessage.DROPPED);
            assertThat(postsOf(slack, "retro-1")).hasSize(2);
            assertThat(postsOf(slack, "retro-2")).hasSize(1);
            assertThat(admin.deadLetters(10)).isEmpty();
            List<AuditEntry> retried = db.jdbi().withExtension(AuditDao.class, dao -> dao.byAction("outbox.retried"));
            assertThat(retried).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(LEADER);
                assertThat(e.beforeJson()).contains("dead");
                assertThat(e.afterJson()).contains("pending");
            });
            List<AuditEntry> dropped = db.jdbi().withExtension(AuditDao.class, dao -> dao.byAction("outbox.dropped"));
            assertThat(dropped).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRowThatKeepsFailingBecomesADeadLetterAfterTheLastAttempt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.failAlways("chat.postMessage", "internal_error");
            post(db, "doomed-1", "C0ALERTS", null, clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            for (int i = 0; i < OutboxSender.MAX_ATTEMPTS + 2; i++) {
                sender.deliverDue(10);
                clock.advance(Duration.ofMinutes(11));
            }

            assertThat(postsOf(slack, "doomed-1")).hasSize(OutboxSender.MAX_ATTEMPTS);
            OutboxMessage dead = row(db, "doomed-1");
            assertThat(dead.status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(dead.lastError()).contains("internal_error").contains("gave up after 8 attempts");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void twoSendersOnOneDatabaseSendEachRowExactlyOnce(DatabaseKind kind) throws Exception {
        try (Database db = kind.open()) {
            int rows = 60;
            for (int i = 0; i < rows; i++) {
                post(db, String.format("row-%03d", i), "C" + (i % 20), null, clock.instant());
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Set<String> owners = ConcurrentHashMap.newKeySet();
            try {
                List<Future<?>> runs = List.of("east", "west").stream().map(owner -> pool.submit(() -> {
                    OutboxSender sender = sender(db, slack, clock, owner, DeadLetters.IGNORE);
                    for (int pass = 0; pass < 200 && !allSent(db, rows); pass++) {
                        if (sender.deliverDue(7) > 0) {
                            owners.add(owner);
                        }
                        clock.advance(Duration.ofMillis(50));
                    }
                })).<Future<?>>map(f -> f).toList();
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(allSent(db, rows)).isTrue();
            for (int i = 0; i < rows; i++) {
                assertThat(postsOf(slack, String.format("row-%03d", i))).as("row %d", i).hasSize(1);
            }
            assertThat(slack.calls("chat.postMessage")).hasSize(rows);
            assertThat(owners).containsExactlyInAnyOrder("east", "west");
        }
    }

    private static boolean allSent(Database db, int rows) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byStatus(OutboxMessage.SENT, rows + 1)).size() == rows;
    }
}
