package dev.baton.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.testing.Await;
import dev.baton.testing.CapturedLogs;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database ticking at the same moment: every account enrolled once, every email queued and
 * sent once, and neither instance's tick failing on the other's rows (the unique keys and row locks decide).
 */
class JourneyInstancesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int ACCOUNTS = 8;
    private static final int ROUNDS = 4;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting first;
    private JourneyTesting second;

    @AfterEach
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void twoInstancesTickingTogetherEnrolAndSendEachEmailOnce(DatabaseKind kind) throws Exception {
        first = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of());
        second = first.beside();
        for (int i = 0; i < ACCOUNTS; i++) {
            first.pooledAccount("001P" + i, "Pooled " + i, 2);
            first.contact("001P" + i, "ada" + i + "@pooled.example", "Program Contact");
            first.contact("001P" + i, "ian" + i + "@pooled.example", "Instance Admin");
        }
        try (CapturedLogs logs = CapturedLogs.warnings()) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> ticks(first, together));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> ticks(second, together));
            one.get();
            two.get();
            assertThat(logs.lines()).as("warnings while both ticked").isEmpty();
        }

        assertThat(first.count("select count(*) from journey_enrolment")).isEqualTo(ACCOUNTS * 5);
        assertThat(first.count("select count(*) from journey_message")).isEqualTo(ACCOUNTS * 2);
        Await.until(ACCOUNTS * 2 + " emails", WAIT, () -> mail.getReceivedMessages().length >= ACCOUNTS * 2,
                () -> mail.getReceivedMessages().length + " so far");
        List<String> sent = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            sent.add(JourneyTesting.to(message) + " " + message.getSubject());
        }
        assertThat(sent).doesNotHaveDuplicates().hasSize(ACCOUNTS * 2)
                .contains("ada0@pooled.example Getting started with your rollout",
                        "ian0@pooled.example Setting up your instance");
    }

    private static void ticks(JourneyTesting instance, CyclicBarrier together) {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                together.await();
                instance.tick();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
