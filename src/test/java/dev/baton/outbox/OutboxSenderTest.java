package dev.baton.outbox;

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
import java.util.Optional;

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.postsOf;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a fake Slack that fails in every way Slack does; on H2 and on PostgreSQL. */
class OutboxSenderTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void deliversOnceAndRecordsWhereTheMessageWent(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "alert-1", "C0ALERTS", "usage:1", clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            assertThat(sender.deliverDue(10)).isEqualTo(1);
            assertThat(sender.deliverDue(10)).isZero();

            assertThat(postsOf(slack, "alert-1")).hasSize(1);
            OutboxMessage sent = row(db, "alert-1");
            assertThat(sent.status()).isEqualTo(OutboxMessage.SENT);
            assertThat(sent.sentChannel()).isEqualTo("C0ALERTS");
            assertThat(sent.sentTs()).isNotBlank();
            Optional<PostedMessage> posted = db.jdbi().withExtension(OutboxDao.class, dao -> dao.postedMessage("usage:1"));
            assertThat(posted).contains(new PostedMessage("C0ALERTS", sent.sentTs()));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anUpdateEditsThePostedMessageInPlaceAndWaitsForItWhenQueuedFirst(DatabaseKind kind) {
        try (Database db = kind.open()) {
            db.jdbi().useTransaction(h -> Outbox.update(h, "edit-1", "retro:7", OutboxTesting.message("v2"), clock.instant()));
            post(db, "post-1", "C0REVIEW", "retro:7", clock.instant().plusSeconds(5));
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            sender.deliverDue(10);
            assertThat(slack.calls("chat.update")).isEmpty();
            assertThat(row(db, "edit-1").lastError()).contains("waiting for the message it edits");

            clock.advance(Duration.ofSeconds(5));
            sender.deliverDue(10);
            clock.advance(Duration.ofSeconds(2));
            sender.deliverDue(10);

            String ts = row(db, "post-1").sentTs();
            assertThat(slack.calls("chat.update")).singleElement().satisfies(call -> {
                assertThat(call.params()).containsEntry("channel", "C0REVIEW").containsEntry("ts", ts)
                        .containsEntry("text", "v2");
            });
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(row(db, "edit-1").status()).isEqualTo(OutboxMessage.SENT);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void serverErrorsAndTimeoutsAreRetriedWithBackoffUntilDelivered(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.serverErrorNext("chat.postMessage");
            slack.delayNext("chat.postMessage", Duration.ofSeconds(2));
            post(db, "flaky-1", "C0ALERTS", null, clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            sender.deliverDue(10);
            OutboxMessage afterServerError = row(db, "flaky-1");
            assertThat(afterServerError.status()).isEqualTo(OutboxMessage.PENDING);
            assertThat(afterServerError.attempts()).isEqualTo(1);
            assertThat(afterServerError.lastError()).contains("500");
            assertThat(afterServerError.nextAttemptAt()).isAfter(clock.instant());

            clock.advance(Duration.ofMinutes(1));
            sender.deliverDue(10);
            OutboxMessage afterTimeout = row(db, "flaky-1");
            assertThat(afterTimeout.attempts()).isEqualTo(2);
            assertThat(afterTimeout.lastError()).containsIgnoringCase("timeout");

            clock.advance(Duration.ofMinutes(1));
            sender.deliverDue(10);
            assertThat(row(db, "flaky-1").status()).isEqualTo(OutboxMessage.SENT);
            clock.advance(Duration.ofMinutes(10));
            assertThat(sender.deliverDue(10)).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void a429HoldsTheChannelForRetryAfterWithoutCountingAnAttempt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.rateLimitNext("chat.postMessage", 30);
            post(db, "busy-1", "C0ALERTS", null, clock.instant());
            post(db, "busy-2", "C0ALERTS", null, clock.instant());
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            sender.deliverDue(10);
            assertThat(row(db, "busy-1").attempts()).isZero();
            assertThat(row(db, "busy-1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
            assertThat(slack.calls("chat.postMessage")).hasSize(1);

            clock.advance(Duration.ofSeconds(29));
            sender.deliverDue(10);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);

            clock.advance(Duration.ofSeconds(1));
            sender.deliverDue(10);
            clock.advance(Duration.ofSeconds(1));
            sender.deliverDue(10);
            assertThat(postsOf(slack, "busy-1")).hasSize(2);
            assertThat(postsOf(slack, "busy-2")).hasSize(1);
            assertThat(row(db, "busy-2").status()).isEqualTo(OutboxMessage.SENT);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void postsToOneChannelArePacedToOnePerSecondAcrossSenders(DatabaseKind kind) {
        try (Database db = kind.open()) {
            for (int i = 1; i <= 3; i++) {
                post(db, "paced-" + i, "C0ALERTS", null, clock.instant());
            }
            post(db, "other-1", "C0OTHER", null, clock.instant());
            OutboxSender first = sender(db, slack, clock, "a", DeadLetters.IGNORE);
            OutboxSender second = sender(db, slack, clock, "b", DeadLetters.IGNORE);

            first.deliverDue(10);
            second.deliverDue(10);
            assertThat(slack.calls("chat.postMessage")).extracting(c -> c.params().get("text"))
                    .containsExactly("paced-1", "other-1");

            clock.advance(Duration.ofSeconds(1));
            second.deliverDue(10);
            first.deliverDue(10);
            clock.advance(Duration.ofSeconds(1));
            first.deliverDue(10);
            assertThat(slack.calls("chat.postMessage")).extracting(c -> c.params().get("text"))
                    .containsExactly("paced-1", "other-1", "paced-2", "paced-3");
            assertThat(row(db, "paced-3").attempts()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRowClaimedByASenderThatDiedIsDeliveredByAnotherAfterTheLease(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "orphan-1", "C0ALERTS", null, clock.instant());
            OutboxSender dying = sender(db, slack, clock, "dying", DeadLetters.IGNORE);
            OutboxSender survivor = sender(db, slack, clock, "survivor", DeadLetters.IGNORE);
            long id = row(db, "orphan-1").id();

            assertThat(dying.claim(id)).isNotNull(); // claimed, then the process is killed before sending

            assertThat(survivor.deliverDue(10)).isZero();
            clock.advance(OutboxSender.LEASE.minusSeconds(1));
            assertThat(survivor.deliverDue(10)).isZero();
            clock.advance(Duration.ofSeconds(2));
            assertThat(survivor.deliverDue(10)).isEqualTo(1);

            assertThat(postsOf(slack, "orphan-1")).hasSize(1);
            assertThat(row(db, "orphan-1").status()).isEqualTo(OutboxMessage.SENT);
            int lateCommit = db.jdbi().withExtension(OutboxDao.class,
                    dao -> dao.markSent(id, "dying", "C0ALERTS", "1.2", clock.instant()));
            assertThat(lateCommit).isZero();
        }
    }
}
