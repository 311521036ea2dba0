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
import java.util.List;
import java.util.Optional;

import static dev.baton.outbox.OutboxTesting.message;
import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.slack;
import static org.assertj.core.api.Assertions.assertThat;

/** A post queued by reference is rendered when it is sent, from what its subject is then. */
class SendTimeRenderTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T14:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReferenceIsRenderedWhenSentAndAGoneSubjectIsADeadLetter(DatabaseKind kind) {
        try (Database db = kind.open()) {
            SendTimeRenders renders = new SendTimeRenders().add("greeting", (handle, ref) ->
                    "gone".equals(ref) ? Optional.empty() : Optional.of(message("hello " + ref)));
            db.jdbi().useTransaction(h -> Outbox.poster(h).postAllAt(List.of(
                    new SlackPost("ref-1", "C0ALERTS", "ref-1", SendTimeRenders.reference("greeting", "world")),
                    new SlackPost("ref-2", "C0OTHER", null, SendTimeRenders.reference("greeting", "gone")),
                    new SlackPost("ref-3", "C0THIRD", null, SendTimeRenders.reference("unknown", "x"))),
                    clock.instant(), clock.instant()));
            OutboxSender sender = new OutboxSender(db.jdbi(), slack(slack), clock, "a", OutboxTesting.PACE,
                    DeadLetters.IGNORE, null, renders);

            sender.deliverDue(10);

            assertThat(slack.calls("chat.postMessage")).singleElement()
                    .satisfies(call -> assertThat(call.params()).containsEntry("text", "hello world"));
            assertThat(row(db, "ref-1").status()).isEqualTo(OutboxMessage.SENT);
            assertThat(row(db, "ref-1").payload()).as("the row keeps its reference").contains("\"render\":\"greeting\"");
            assertThat(row(db, "ref-2").status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(row(db, "ref-2").lastError()).contains("no longer exists");
            assertThat(row(db, "ref-3").status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(row(db, "ref-3").lastError()).contains("Nothing renders 'unknown'");
        }
    }
}
