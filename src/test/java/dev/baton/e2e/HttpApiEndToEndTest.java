package dev.baton.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.Baton;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** /healthz, /api/accounts and start-up, over real HTTP. */
class HttpApiEndToEndTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeSlackApi slack;
    private static RunningBaton baton;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack);
    }

    @AfterAll
    static void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private static HttpResponse<String> post(URI uri, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzSaysOkWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(baton.uri("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void healthzSays503WithTheReasonWhenTheDatabaseIsGone() throws Exception {
        try (RunningBaton doomed = RunningBaton.start(slack)) {
            doomed.database().close();
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(doomed.uri("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("database");
        }
    }

    @Test
    void accountsApiUpsertsAndAnswersPerItem() throws Exception {
        HttpResponse<String> response = post(baton.uri("/api/accounts"), RunningBaton.API_TOKEN, """
                [{"crm_id":"API-1","name":"Api Corp <!channel>","segment":"SMB","arr":1000},
                 {"crm_id":"API-2","name":"Bad","arr":-5}]""");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("created").getAsInt()).isEqualTo(1);
        assertThat(answer.get("rejected").getAsInt()).isEqualTo(1);
        assertThat(answer.getAsJsonArray("items").get(1).getAsJsonObject().get("reason").getAsString())
                .isEqualTo("arr cannot be negative");
    }

    @Test
    void accountsApiRefusesBadTokensBadJsonAndHugeBodies() throws Exception {
        assertThat(post(baton.uri("/api/accounts"), null, "[]").statusCode()).isEqualTo(401);
        assertThat(post(baton.uri("/api/accounts"), "wrong", "[]").statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = post(baton.uri("/api/accounts"), RunningBaton.API_TOKEN, "[{\"crm_id\": }]");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON").contains("line 1");
        assertThat(post(baton.uri("/api/accounts"), RunningBaton.API_TOKEN, "{\"crm_id\":\"x\"}").statusCode()).isEqualTo(400);
        String huge = "[" + "{\"crm_id\":\"x\"},".repeat(1_200_000) + "{}]";
        assertThat(post(baton.uri("/api/accounts"), RunningBaton.API_TOKEN, huge).statusCode()).isEqualTo(413);
    }

    @Test
    void aBodyWithoutContentLengthIsReadUpToTheLimit() throws Exception {
        assertThat(postChunked("[]").statusCode()).isEqualTo(200);
        // one byte over the 16 MiB limit: the server reads it all, so the client is done sending when refused
        assertThat(postChunked(" ".repeat(16 * 1024 * 1024 + 1)).statusCode()).isEqualTo(413);
    }

    /** Sent from a stream, so the client sends it chunked, without a Content-Length. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(baton.uri("/api/accounts")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + RunningBaton.API_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiSays503WhenNoTokenIsConfigured() throws Exception {
        try (RunningBaton open = RunningBaton.start(slack, Map.of("BATON_API_TOKEN", ""))) {
            HttpResponse<String> response = post(open.uri("/api/accounts"), "anything", "[]");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("BATON_API_TOKEN");
        }
    }

    @Test
    void startFailsWhenSlackRejectsTheToken() {
        slack.failAlways("auth.test", "invalid_auth");
        try {
            assertThatThrownBy(() -> RunningBaton.start(slack).close()).hasMessageContaining("SLACK_BOT_TOKEN")
                    .hasMessageContaining("invalid_auth");
        } finally {
            slack.clearAlways("auth.test");
        }
    }

    @Test
    void mainExitsNonZeroNamingTheMissingSecretsBeforeBindingAPort() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                Baton.class.getName())).redirectErrorStream(true);
        builder.environment().remove("SLACK_BOT_TOKEN");
        builder.environment().remove("SLACK_SIGNING_SECRET");
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("SLACK_BOT_TOKEN").contains("SLACK_SIGNING_SECRET");
    }
}
