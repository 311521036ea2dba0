package dev.baton.process;

import dev.baton.store.Database;
import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM through the real jar: Baton stops accepting, finishes the request and the delivery in flight, logs one
 * line with what it drained, and exits 0, with nothing failing on a closed database on the way.
 */
class GracefulStopProcessTest {
    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final Duration STOP = Duration.ofSeconds(30);

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;

    @Test
    void aRequestInFlightIsAnsweredWhileNewConnectionsAreRefused() throws Exception {
        try (BatonProcess baton = BatonProcess.start(environment())) {
            slack.delayNext("views.open", SLOW); // /handoff opens its form before it acks
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                    () -> baton.slackRequests().slashCommand("/handoff", "", Fixtures.AE));
            slack.awaitCall("views.open", Await.DEFAULT);

            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> baton.terminate(STOP));
            Await.until("Baton to refuse new connections", Await.DEFAULT, () -> refused(baton.port()), baton::output);
            assertThat(inFlight).as("still waiting for Slack when the listener closed").isNotDone();

            assertThat(inFlight.get().statusCode()).isEqualTo(200);
            assertThat(exit.get()).as(baton.output()).isZero();
            assertStoppedCleanly(baton.output(), "drained 1 request in flight, released 0 outbox leases and 0 timeline claims");
            assertThat(baton.output()).doesNotContain("Flyway upgrade recommended");
        }
    }

    @Test
    void aDeliveryInFlightIsFinishedAndRecordedSoItIsNeverSentAgain() {
        String url = databaseUrl();
        try (BatonProcess baton = BatonProcess.start(environment())) {
            assertThat(baton.postApi("/api/accounts", "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"ae\":\""
                    + Fixtures.AE + "\"}]").body()).contains("\"created\":1");
            slack.delayNext("chat.postMessage", SLOW);
            String at = Instant.now().minus(1, ChronoUnit.HOURS).toString();
            assertThat(baton.postApi("/api/usage-events", "[{\"account\":\"001ACME\",\"feature\":\"Merge Trains\","
                    + "\"user\":\"u1\",\"occurred_at\":\"" + at + "\"}]").statusCode()).isEqualTo(200);
            slack.awaitCall("chat.postMessage", Await.DEFAULT);

            assertThat(baton.terminate(STOP)).as(baton.output()).isZero();
            assertStoppedCleanly(baton.output(), "drained 0 requests in flight, released 0 outbox leases");
        }
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(outboxStatuses(url)).containsExactly("sent");
    }

    private Map<String, String> environment() {
        return BatonProcess.environment(slack, Map.of("BATON_DATABASE_URL", databaseUrl()));
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("baton");
    }

    private static boolean refused(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** One stop line containing {@code drained}, and nothing logged at WARN or ERROR (a closed pool would be). */
    private static void assertStoppedCleanly(String output, String drained) {
        assertThat(output.lines().filter(line -> line.contains("Baton stopped: "))).as(output)
                .singleElement().asString().contains(drained).matches(".* in \\d+ ms$");
        assertThat(output.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))).as(output).isEmpty();
        assertThat(output).doesNotContain("\tat ").doesNotContain("already closed").doesNotContain("has been closed");
    }

    /** Read after the process has exited, through Baton's own way of opening the file. */
    private static List<String> outboxStatuses(String url) {
        try (Database database = Database.open(url, "sa", "")) {
            return database.jdbi().withHandle(handle -> handle.createQuery("select status from outbox order by id")
                    .mapTo(String.class).list());
        }
    }
}
