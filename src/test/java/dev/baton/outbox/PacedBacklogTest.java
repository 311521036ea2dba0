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
import java.util.ArrayList;
import java.util.List;

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog for one channel is spread over the next send slots once, then sent one per slot, in order; posts
 * queued in bulk get their slots when queued.
 */
class PacedBacklogTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aBacklogIsScheduledOnceAndDeliveredOnePerSlot(DatabaseKind kind) {
        try (Database db = kind.open()) {
            for (int i = 1; i <= 5; i++) {
                post(db, "backlog-" + i, "C0ALERTS", null, clock.instant());
            }
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            assertThat(sender.deliverDue(10)).isEqualTo(5);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            for (int i = 2; i <= 5; i++) {
                assertThat(row(db, "backlog-" + i).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(i - 1));
            }
            assertThat(sender.deliverDue(10)).as("nothing is claimed again before its slot").isZero();

            for (int second = 1; second <= 4; second++) {
                clock.advance(Duration.ofSeconds(1));
                assertThat(sender.deliverDue(10)).isEqualTo(1);
            }
            assertThat(slack.calls("chat.postMessage")).extracting(c -> c.params().get("text"))
                    .containsExactly("backlog-1", "backlog-2", "backlog-3", "backlog-4", "backlog-5");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRowWokenJustBeforeItsChannelFreesKeepsItsTurn(DatabaseKind kind) {
        try (Database db = kind.open()) {
            for (int i = 1; i <= 3; i++) {
                post(db, "drift-" + i, "C0ALERTS", null, clock.instant());
            }
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);
            Instant start = clock.instant();
            sender.deliverDue(10);

            // each send ends a little after its slot, so the channel frees a little after the next row wakes
            clock.advance(Duration.ofMillis(1_005));
            assertThat(sender.deliverDue(10)).isEqualTo(1);
            clock.set(start.plusSeconds(2));
            sender.deliverDue(10);

            assertThat(row(db, "drift-3").nextAttemptAt()).as("the channel's next free time, not after a backlog")
                    .isEqualTo(start.plusMillis(2_005));
            clock.set(start.plusMillis(2_005));
            assertThat(sender.deliverDue(10)).isEqualTo(1);
            assertThat(slack.calls("chat.postMessage")).hasSize(3);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void postsQueuedInBulkTakeTheNextSlotsAndWaitForThemUntouched(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Instant start = clock.instant();
            queueInBulk(db, "bulk-a", 3);
            queueInBulk(db, "bulk-b", 2);
            List<String> order = List.of("bulk-a-1", "bulk-a-2", "bulk-a-3", "bulk-b-1", "bulk-b-2");
            for (int i = 0; i < order.size(); i++) {
                assertThat(row(db, order.get(i)).nextAttemptAt()).as(order.get(i)).isEqualTo(start.plusSeconds(i));
            }
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);

            assertThat(sender.deliverDue(10)).as("only the first slot has come").isEqualTo(1);
            for (int second = 1; second <= 4; second++) {
                clock.advance(Duration.ofSeconds(1));
                assertThat(row(db, order.get(second)).lastError()).as("never put back").isNull();
                assertThat(sender.deliverDue(10)).isEqualTo(1);
            }
            assertThat(slack.calls("chat.postMessage")).extracting(c -> c.params().get("text"))
                    .containsExactlyElementsOf(order);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void postsQueuedInBulkWaitForABusyChannel(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "single", "C0ALERTS", null, clock.instant());
            sender(db, slack, clock, "a", DeadLetters.IGNORE).deliverDue(10);
            clock.advance(Duration.ofMillis(300));

            queueInBulk(db, "bulk", 2);

            Instant freeAt = clock.instant().minusMillis(300).plus(OutboxTesting.PACE);
            assertThat(row(db, "bulk-1").nextAttemptAt()).isEqualTo(freeAt);
            assertThat(row(db, "bulk-2").nextAttemptAt()).isEqualTo(freeAt.plus(OutboxTesting.PACE));
        }
    }

    private void queueInBulk(Database db, String prefix, int count) {
        List<SlackPost> posts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            posts.add(new SlackPost(prefix + "-" + i, "C0ALERTS", null, OutboxTesting.message(prefix + "-" + i).toString()));
        }
        db.jdbi().useTransaction(h -> assertThat(Outbox.poster(h).postAllPaced(posts, clock.instant(), OutboxTesting.PACE))
                .containsOnly(true));
    }
}
