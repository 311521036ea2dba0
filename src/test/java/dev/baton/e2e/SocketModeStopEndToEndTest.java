package dev.baton.e2e;

import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.FakeSocketMode;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.baton.testing.Fixtures.AE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop in Socket Mode: the envelope in flight finishes and is acknowledged with its effect done once; one arriving
 * while the stop drains is left unacknowledged, and Slack's re-send to the next instance on the database runs once.
 */
class SocketModeStopEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private FakeSlackApi slack;
    private FakeSocketMode socket;
    private RunningBaton first;
    private RunningBaton second;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {second, first, socket, slack}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theEnvelopeInFlightFinishesAndOneArrivingDuringTheStopRunsOnceAfterReconnect(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        socket = FakeSocketMode.listen();
        slack.answerSocketMode(socket.url());
        Map<String, String> env = new HashMap<>(Map.of("SLACK_APP_TOKEN", "xapp-1-A0TEST-1-test", "SLACK_SIGNING_SECRET", "",
                "BATON_DATABASE_URL", kind.freshUrl()));
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        first = RunningBaton.start(slack, env);
        socket.awaitConnections(1, WAIT);
        long acme = Fixtures.account(first.database().jdbi(), first.clock(), "Acme", "001ACME");

        // the button's handler opens the form, and Slack is slow to answer: the envelope is in flight at the stop
        CountDownLatch slackAnswers = slack.holdNext("views.open");
        String press = SlackPayloads.blockActions(AE, SlackPayloads.button("roles-tag-contact", acme + ":1"),
                slack.responseUrl("card"), null);
        String pressed = socket.send("interactive", press);
        slack.awaitCall("views.open", WAIT);
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(first.baton()::close);
        Await.until("the stop began", WAIT, () -> first.baton().socketMode().orElseThrow().stopping(), () -> "");

        String tag = SlackPayloads.slashCommandJson(AE, "/roles", "Acme tag ada@acme.com Champion",
                slack.responseUrl("command"));
        String tagged = socket.send("slash_commands", tag);
        slackAnswers.countDown();
        stopped.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        first = null; // stopped

        assertThat(socket.acks(pressed)).as("the envelope in flight was acknowledged before the socket closed").hasSize(1);
        assertThat(slack.calls("views.open")).hasSize(1);
        assertThat(socket.acks(tagged)).as("taken after the stop began: left for Slack to send again").isEmpty();

        // the next instance on the database connects; Slack sends again what it saw no ack for, and the press too
        // (as if its ack had been lost on the way): each is acknowledged, and each effect happens once
        second = RunningBaton.start(slack, env);
        socket.awaitConnections(2, WAIT);
        assertThat(contacts(second, acme)).isZero();
        socket.resend(tagged, "slash_commands", tag, 1);
        socket.awaitAck(tagged, WAIT);
        socket.resend(pressed, "interactive", press, 1);
        Await.until("the press acknowledged again", WAIT, () -> socket.acks(pressed).size() == 2, () -> socket.acks(pressed));
        Await.until("ada tagged", WAIT, () -> contacts(second, acme) == 1, () -> contacts(second, acme) + " contacts");
        assertThat(slack.calls("views.open")).hasSize(1);
        assertThat(contacts(second, acme)).isEqualTo(1);
    }

    private static int contacts(RunningBaton baton, long accountId) {
        return baton.database().jdbi().withHandle(h -> h.select("select count(*) from contact where account_id = ?", accountId)
                .mapTo(Integer.class).one());
    }
}
