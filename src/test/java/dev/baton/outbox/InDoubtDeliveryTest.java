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
import java.time.temporal.ChronoUnit;

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.postsOf;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sender killed between Slack's answer and recording it leaves its row leased: the sender that takes the row
 * over looks in the conversation for the post (by the metadata it carries) before posting it again.
 */
class InDoubtDeliveryTest {
    /** Slack's timestamps are real time, so this clock is too (frozen at the start of the test). */
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aPostSlackTookBeforeTheSenderDiedIsRecordedNotPostedAgain(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "dm-1", "UDOUBT1", null, clock.instant());
            OutboxSender dying = sender(db, slack, clock, "dying", DeadLetters.IGNORE);
            OutboxMessage claimed = dying.claim(row(db, "dm-1").id());
            new SlackDelivery(OutboxTesting.slack(slack)).send(claimed, null, null); // Slack has it; nothing recorded

            clock.advance(OutboxSender.LEASE.plusSeconds(1));
            OutboxSender survivor = sender(db, slack, clock, "survivor", DeadLetters.IGNORE);
            assertThat(survivor.deliverDue(10)).isEqualTo(1);

            assertThat(postsOf(slack, "dm-1")).hasSize(1);
            OutboxMessage sent = row(db, "dm-1");
            assertThat(sent.status()).isEqualTo(OutboxMessage.SENT);
            assertThat(sent.sentChannel()).isEqualTo("DDOUBT1");
            assertThat(sent.sentTs()).isNotBlank();
            assertThat(slack.calls("conversations.history")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aPostSlackNeverGotIsPostedOnceWhenTheLeaseRunsOut(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "alert-1", "C0ALERTS", null, clock.instant());
            sender(db, slack, clock, "dying", DeadLetters.IGNORE).claim(row(db, "alert-1").id()); // died before posting

            clock.advance(OutboxSender.LEASE.plusSeconds(1));
            assertThat(sender(db, slack, clock, "survivor", DeadLetters.IGNORE).deliverDue(10)).isEqualTo(1);

            assertThat(postsOf(slack, "alert-1")).hasSize(1);
            assertThat(row(db, "alert-1").status()).isEqualTo(OutboxMessage.SENT);
            assertThat(row(db, "alert-1").doubtSince()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRowThatWasNeverInDoubtIsPostedWithoutLooking(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "alert-2", "C0ALERTS", null, clock.instant());
            assertThat(sender(db, slack, clock, "a", DeadLetters.IGNORE).deliverDue(10)).isEqualTo(1);
            assertThat(slack.calls("conversations.history")).isEmpty();
            assertThat(slack.calls("chat.postMessage")).singleElement()
                    .satisfies(call -> assertThat(call.params().get("metadata")).contains("alert-2"));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void whenSlackCannotBeAskedTheRowWaitsStillInDoubt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "alert-3", "C0ALERTS", null, clock.instant());
            sender(db, slack, clock, "dying", DeadLetters.IGNORE).claim(row(db, "alert-3").id());
            clock.advance(OutboxSender.LEASE.plusSeconds(1));
            slack.serverErrorNext("conversations.history");

            sender(db, slack, clock, "survivor", DeadLetters.IGNORE).deliverDue(10);
            assertThat(slack.calls("chat.postMessage")).isEmpty();
            assertThat(row(db, "alert-3").lastError()).contains("could not check whether Slack already has this post");
            assertThat(row(db, "alert-3").doubtSince()).isNotNull();

            clock.advance(Duration.ofMinutes(1));
            sender(db, slack, clock, "survivor", DeadLetters.IGNORE).deliverDue(10);
            assertThat(postsOf(slack, "alert-3")).hasSize(1);
        }
    }
}
