package dev.baton.process;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.store.Database;
import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches, on the real jar: with {@code BATON_LOG_FORMAT=json} every line it prints is one JSON
 * object, each outbox send's line names the Slack request that queued it, {@code /metrics} answers only with its
 * token, and no secret (bot token, signing secret, API token, database and SMTP passwords, metrics token) appears
 * anywhere in its output.
 */
class ObservabilityProcessTest {
    private static final String METRICS_TOKEN = "metrics-token-4c1e9d";
    private static final String DATABASE_PASSWORD = "database-password-7b2f";
    private static final String SMTP_PASSWORD = "smtp-password-e83a";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;

    @Test
    void jsonLinesNameTheRequestThroughToItsSendsAndNoSecretIsEverLogged() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("BATON_LOG_FORMAT", "json", "BATON_METRICS_TOKEN", METRICS_TOKEN,
                "BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("baton"), "BATON_DATABASE_PASSWORD", DATABASE_PASSWORD,
                "BATON_SMTP_URL", "smtp://baton:" + SMTP_PASSWORD + "@127.0.0.1:" + BatonProcess.freePort(),
                "BATON_MAIL_FROM", "baton@example.com"));
        String output;
        try (BatonProcess baton = BatonProcess.start(BatonProcess.environment(slack, env))) {
            exercise(baton);
            Await.until("the three tags' DMs to be sent", Duration.ofSeconds(30),
                    () -> slack.calls("chat.postMessage").size() >= 3, baton::output);
            assertThat(scrape(baton, null).statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = scrape(baton, METRICS_TOKEN);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("baton_slack_requests_seconds_bucket").contains("baton_outbox_sends_total")
                    .contains("hikaricp_connections").contains("jvm_memory_used_bytes");
            assertThat(baton.terminate(Duration.ofSeconds(30))).isZero();
            output = baton.output();
        }
        List<JsonObject> lines = jsonLines(output);
        assertThat(lines).allSatisfy(line -> assertThat(line.get("time").getAsString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
        assertThat(lines).anySatisfy(line -> assertThat(line.get("message").getAsString()).startsWith("Baton stopped"));
        Map<String, String> queuedBy = requestIds();
        List<JsonObject> sends = lines.stream().filter(line -> line.get("message").getAsString().startsWith("Outbox ")
                && line.get("message").getAsString().contains(" sent to ")).toList();
        assertThat(sends).hasSizeGreaterThanOrEqualTo(3);
        for (JsonObject send : sends) {
            String key = send.get("message").getAsString().split(" ")[1];
            assertThat(queuedBy.get(key)).as("the request that queued " + key).isNotNull();
            assertThat(send.get("request_id").getAsString()).as(key).isEqualTo(queuedBy.get(key));
        }
        for (String secret : List.of(RunningBaton.BOT_TOKEN, RunningBaton.SIGNING_SECRET, RunningBaton.API_TOKEN,
                METRICS_TOKEN, DATABASE_PASSWORD, SMTP_PASSWORD)) {
            assertThat(output).as("the output names a secret").doesNotContain(secret);
        }
    }

    @Test
    void aLogFormatThatIsNeitherTextNorJsonIsNamedWithExitTwo() {
        BatonProcess.Exit exit = BatonProcess.run(BatonProcess.environment(slack, Map.of("BATON_LOG_FORMAT", "yaml",
                "BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("bad"))), List.of(), Duration.ofSeconds(60));
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output()).contains("Baton cannot start: BATON_LOG_FORMAT must be text or json, not 'yaml'")
                .doesNotContain("\tat ");
    }

    /** An account from the CRM, three tags that queue DMs, a forged request, usage events, a wrong API token. */
    private static void exercise(BatonProcess baton) {
        assertThat(baton.postApi("/api/accounts", "[{\"crm_id\":\"OBS-1\",\"name\":\"Observed\",\"ae\":\"UAOBS\","
                + "\"ce\":\"UCOBS\",\"ta\":\"UTOBS\"}]").body()).contains("\"created\":1");
        SlackRequests requests = baton.slackRequests();
        for (String role : List.of("Instance Admin", "Program Contact", "Champion")) {
            String email = role.replace(" ", "").toLowerCase() + "@observed.example";
            assertThat(requests.slashCommand("/roles", "OBS-1 tag " + email + " " + role, Fixtures.LEADER).body())
                    .contains("Tagged " + email);
        }
        assertThat(new SlackRequests(baton.uri("/slack/events"), "forged-secret").slashCommand("/roles", "OBS-1",
                Fixtures.LEADER).statusCode()).isEqualTo(401);
        assertThat(baton.postApi("/api/usage-events", "[{\"account\":\"OBS-1\",\"feature\":\"search\",\"user\":\"u1\"},"
                + "{\"account\":\"OBS-1\"}]").statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(baton.uri("/api/accounts")).header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build()).statusCode()).isEqualTo(401);
    }

    /** Every line of the output, each parsed as one JSON object (fails naming a line that is not). */
    private static List<JsonObject> jsonLines(String output) {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonElement parsed;
            try {
                parsed = JsonParser.parseString(line);
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertThat(parsed.isJsonObject()).as(line).isTrue();
            lines.add(parsed.getAsJsonObject());
        }
        return lines;
    }

    /** The request id stored with each outbox row, by dedupe key, read once the process has stopped. */
    private Map<String, String> requestIds() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("baton"), "sa", DATABASE_PASSWORD)) {
            Map<String, String> ids = new HashMap<>();
            db.jdbi().useHandle(h -> h.select("select dedupe_key, request_id from outbox").map((row, ctx) -> {
                ids.put(row.getString(1), row.getString(2));
                return null;
            }).list());
            return ids;
        }
    }

    private static HttpResponse<String> scrape(BatonProcess baton, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baton.uri("/metrics")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
