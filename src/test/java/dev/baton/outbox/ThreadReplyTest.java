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

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/** Thread replies: sent under their parent's ts in its channel, after it; dead when the parent never was. */
class ThreadReplyTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReplyWaitsForItsParentThenGoesToItsThread(DatabaseKind kind) {
        try (Database db = kind.open()) {
            db.jdbi().useTransaction(h -> Outbox.postInThread(h, "reply-1", "#alerts", "usage-alert:1",
                    OutboxTesting.message("better now"), clock.instant()));
            post(db, "parent-1", "C0ALERTS", "usage-alert:1", clock.instant().plusSeconds(5));
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            sender.deliverDue(10);
            assertThat(slack.calls("chat.postMessage")).isEmpty();
            assertThat(row(db, "reply-1").lastError()).contains("waiting for the message it replies to");

            clock.advance(Duration.ofSeconds(5));
            sender.deliverDue(10);
            clock.advance(Duration.ofSeconds(2));
            sender.deliverDue(10);

            String parentTs = row(db, "parent-1").sentTs();
            assertThat(slack.calls("chat.postMessage")).hasSize(2).last().satisfies(call -> assertThat(call.params())
                    .containsEntry("channel", "C0ALERTS").containsEntry("thread_ts", parentTs)
                    .containsEntry("text", "better now"));
            assertThat(row(db, "reply-1").status()).isEqualTo(OutboxMessage.SENT);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReplyToAParentNeverQueuedIsADeadLetter(DatabaseKind kind) {
        try (Database db = kind.open()) {
            db.jdbi().useTransaction(h -> Outbox.postInThread(h, "reply-2", "#alerts", "usage-alert:404",
                    OutboxTesting.message("orphan"), clock.instant()));
            sender(db, slack, clock, "a", DeadLetters.IGNORE).deliverDue(10);

            assertThat(row(db, "reply-2").status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(row(db, "reply-2").lastError()).contains("reply answers (usage-alert:404) was never posted");
            assertThat(slack.calls("chat.postMessage")).isEmpty();
        }
    }
}
