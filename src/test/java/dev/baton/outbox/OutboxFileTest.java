package dev.baton.outbox;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static dev.baton.outbox.OutboxTesting.row;
import static dev.baton.outbox.OutboxTesting.sender;
import static org.assertj.core.api.Assertions.assertThat;

/** The slack.file kind on H2 and PostgreSQL: exact bytes uploaded once, to the channel its keyed post went to. */
class OutboxFileTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private FakeSlackApi slack;

    @BeforeEach
    void startSlack() throws IOException {
        slack = FakeSlackApi.start();
    }

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    static byte[] everyByte() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        bytes[0] = '%';
        return bytes;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aFileWaitsForItsTargetPostThenGoesToThatChannelOnce(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Instant later = clock.instant().plusSeconds(2);
            db.jdbi().useTransaction(h -> Outbox.postAt(h, "post-1", "C0REVIEW", "retro:1",
                    OutboxTesting.message("kickoff"), later, clock.instant()));
            db.jdbi().useTransaction(h -> Outbox.postFile(h, "doc-1", "#review", "retro:1", "retro.pdf", "Retro",
                    "The summary", everyByte(), clock.instant()));
            OutboxSender sender = sender(db, slack, clock, "a", DeadLetters.IGNORE);
            sender.deliverDue(10);
            assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
            assertThat(row(db, "doc-1").status()).isEqualTo(OutboxMessage.PENDING);

            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofSeconds(2));
                sender.deliverDue(10);
            }

            assertThat(slack.uploads()).singleElement().isEqualTo(everyByte());
            FakeSlackApi.Call complete = slack.calls("files.completeUploadExternal").get(0);
            assertThat(complete.params().get("channel_id")).isEqualTo("C0REVIEW");
            assertThat(complete.params().get("initial_comment")).isEqualTo("The summary");
            assertThat(complete.params().get("files")).contains("Retro");
            assertThat(row(db, "doc-1").status()).isEqualTo(OutboxMessage.SENT);
            clock.advance(Duration.ofSeconds(3));
            assertThat(sender.deliverDue(10)).isZero();
            assertThat(slack.uploads()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSecondFileWithTheSameKeyIsIgnored(DatabaseKind kind) {
        try (Database db = kind.open()) {
            boolean first = db.jdbi().inTransaction(h -> Outbox.postFile(h, "doc-2", "C0X", null, "a.pdf", "A", "c",
                    new byte[] {1}, clock.instant()));
            boolean second = db.jdbi().inTransaction(h -> Outbox.postFile(h, "doc-2", "C0X", null, "a.pdf", "A", "c",
                    new byte[] {2}, clock.instant()));
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            sender(db, slack, clock, "a", DeadLetters.IGNORE).deliverDue(10);
            assertThat(slack.uploads()).singleElement().isEqualTo(new byte[] {1});
            assertThat(slack.calls("files.completeUploadExternal").get(0).params().get("channel_id")).isEqualTo("C0X");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aChannelSlackCannotFindMakesTheFileADeadLetterAtOnce(DatabaseKind kind) {
        try (Database db = kind.open()) {
            slack.failAlways("files.completeUploadExternal", "channel_not_found");
            db.jdbi().useTransaction(h -> Outbox.postFile(h, "doc-3", "C0GONE", null, "a.pdf", "A", "c",
                    new byte[] {1}, clock.instant()));
            sender(db, slack, clock, "a", DeadLetters.IGNORE).deliverDue(10);
            OutboxMessage dead = row(db, "doc-3");
            assertThat(dead.status()).isEqualTo(OutboxMessage.DEAD);
            assertThat(dead.lastError()).contains("C0GONE").contains("does not exist");
        }
    }
}
