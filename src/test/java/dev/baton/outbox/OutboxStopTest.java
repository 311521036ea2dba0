package dev.baton.outbox;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dev.baton.outbox.OutboxTesting.post;
import static dev.baton.outbox.OutboxTesting.postsOf;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/** A stopping sender finishes the row in hand, claims no more, and hands back its leases for another instance. */
class OutboxStopTest {
    /** Frozen at a whole second: H2 rounds a stored nanosecond instant up, past a claim at the same instant. */
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaseHandedBackAtAStopLetsAnotherSenderDeliverAtOnce(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "dm-1", "UAE0001", null, clock.instant());
            OutboxSender stopping = sender(db, slack, clock, "east", DeadLetters.IGNORE);
            OutboxSender other = sender(db, slack, clock, "west", DeadLetters.IGNORE);
            assertThat(stopping.claim(row(db, "dm-1").id())).isNotNull();
            assertThat(other.deliverDue(10)).as("the lease holds the row for a minute").isZero();

            stopping.stop();
            assertThat(stopping.releaseLeases()).isEqualTo(1);

            assertThat(other.deliverDue(10)).isEqualTo(1);
            assertThat(postsOf(slack, "dm-1")).hasSize(1);
            assertThat(row(db, "dm-1").status()).isEqualTo(OutboxMessage.SENT);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSenderReleasesOnlyItsOwnLeasesAndAStoppedOneClaimsNothing(DatabaseKind kind) {
        try (Database db = kind.open()) {
            post(db, "dm-1", "UAE0001", null, clock.instant());
            post(db, "dm-2", "UCE0001", null, clock.instant());
            OutboxSender stopped = sender(db, slack, clock, "east", DeadLetters.IGNORE);
            OutboxSender other = sender(db, slack, clock, "west", DeadLetters.IGNORE);
            assertThat(other.claim(row(db, "dm-1").id())).isNotNull();

            stopped.stop();
            assertThat(stopped.deliverDue(10)).isZero();
            assertThat(stopped.releaseLeases()).isZero();

            OutboxSender third = sender(db, slack, clock, "north", DeadLetters.IGNORE);
            assertThat(third.claim(row(db, "dm-1").id())).as("west's lease stands").isNull();
            assertThat(third.claim(row(db, "dm-2").id())).isNotNull();
            assertThat(slack.calls("chat.postMessage")).isEmpty();
        }
    }
}
