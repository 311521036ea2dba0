package dev.baton.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.testing.FakeSlackApi;
import dev.baton.usage.UsageAlert;
import dev.baton.usage.UsageDao;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** Usage alerts over real HTTP: the ingestion API, the outbox to a fake Slack, and signed button clicks. */
class UsageEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0USAGE";
    /** The events and reports below are of November 2026: Baton's clock starts just after them, and runs on. */
    private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_USAGE_CHANNEL", CHANNEL), RunningClock.from(START));
        requests = baton.slackRequests();
        HttpResponse<String> imported = post("/api/accounts", RunningBaton.API_TOKEN, "[{\"crm_id\":\"001ACME\","
                + "\"name\":\"Acme <!channel>\",\"ae\":\"" + AE + "\",\"ta\":\"" + TA + "\","
                + "\"closed_won_date\":\"2025-01-01\"}]");
        assertThat(imported.body()).contains("\"created\":1");
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(baton.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String event(String account, String feature, String user, String at) {
        return "{\"account\":\"" + account + "\",\"feature\":\"" + feature + "\",\"user\":\"" + user
                + "\",\"occurred_at\":\"" + at + "\"}";
    }

    private List<OutboxMessage> queued(String prefix) {
        return baton.database().jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix));
    }

    @Test
    void everyEventIsAnsweredAndTheFirstUseIsPostedOnce() throws Exception {
        HttpResponse<String> response = post("/api/usage-events", RunningBaton.API_TOKEN, "["
                + event("001ACME", "Merge Trains", "u1", "2026-11-20T10:00:00Z") + ","
                + event("001ACME", "Merge Trains", "u2", "yesterday") + ","
                + "{\"account\":\"001ACME\",\"user\":\"u3\",\"occurred_at\":\"2026-11-20T10:00:00Z\"},"
                + event("001NOPE", "Merge Trains", "u1", "2026-11-20T10:00:00Z") + "]");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("accepted").getAsInt()).isEqualTo(1);
        assertThat(answer.get("rejected").getAsInt()).isEqualTo(3);
        JsonArray items = answer.getAsJsonArray("items");
        assertThat(items.get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("accepted");
        assertThat(items.get(1).getAsJsonObject().get("reason").getAsString()).startsWith("bad timestamp");
        assertThat(items.get(2).getAsJsonObject().get("reason").getAsString()).isEqualTo("missing field: feature");
        assertThat(items.get(3).getAsJsonObject().get("reason").getAsString()).isEqualTo("unknown account 001NOPE");

        FakeSlackApi.Call alert = slack.awaitCall("chat.postMessage", WAIT);
        assertThat(alert.params()).containsEntry("channel", CHANNEL);
        assertThat(alert.params().get("text")).isEqualTo("Acme &lt;!channel&gt; used Merge Trains for the first time");
        assertThat(alert.params().get("blocks")).contains("<@" + AE + ">").contains("<@" + TA + ">")
                .contains("1 user so far");

        post("/api/usage-events", RunningBaton.API_TOKEN, "[" + event("001ACME", "merge trains", "u9",
                "2026-11-01T10:00:00Z") + "]");
        assertThat(queued("usage-first:")).hasSize(1);
    }

    @Test
    void badTokensMalformedJsonAndOversizeRequestsAreRefused() throws Exception {
        assertThat(post("/api/usage-events", null, "[]").statusCode()).isEqualTo(401);
        assertThat(post("/api/usage-events", "wrong", "[]").statusCode()).isEqualTo(401);
        assertThat(post("/api/seat-usage", "wrong", "{}").statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = post("/api/usage-events", RunningBaton.API_TOKEN, "[{\"account\": }]");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON").contains("line 1");
        assertThat(post("/api/seat-usage", RunningBaton.API_TOKEN, "{\"account\":").statusCode()).isEqualTo(400);
        String tooMany = "[" + "{},".repeat(10_000) + "{}]";
        assertThat(post("/api/usage-events", RunningBaton.API_TOKEN, tooMany).statusCode()).isEqualTo(413);
        String huge = "[" + "{\"account\":\"x\"},".repeat(1_200_000) + "{}]";
        assertThat(post("/api/usage-events", RunningBaton.API_TOKEN, huge).statusCode()).isEqualTo(413);
    }

    @Test
    void concurrentDuplicateSubmissionsQueueOneAlertPerAccountAndFeature() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int f = 0; f < 5; f++) {
            for (int u = 0; u < 20; u++) {
                batch.append(event("001ACME", "Feature " + f, "u" + u, "2026-11-1" + (u % 9) + "T10:00:00Z")).append(',');
            }
        }
        String body = batch.substring(0, batch.length() - 1) + "]";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sends.add(() -> post("/api/usage-events", RunningBaton.API_TOKEN, body));
        }
        for (Future<HttpResponse<String>> sent : pool.invokeAll(sends)) {
            assertThat(sent.get().body()).contains("\"accepted\":100,\"rejected\":0");
        }
        pool.shutdown();
        assertThat(queued("usage-first:")).hasSize(5);
        // the posts are rendered from these rows when sent (the first test sees one go out)
        List<UsageAlert> alerts = baton.database().jdbi().withExtension(UsageDao.class, dao ->
                dao.alertsOf(dao.accountIdByCrmId("001ACME").orElseThrow()));
        assertThat(alerts).hasSize(5).allSatisfy(alert -> {
            assertThat(alert.usersCount()).isEqualTo(20);
            assertThat(alert.happenedAt()).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
        });
    }

    @Test
    void aSeatAlertIsFollowedByOneBackToHealthyReplyInItsThread() throws Exception {
        HttpResponse<String> low = post("/api/seat-usage", RunningBaton.API_TOKEN,
                "{\"account\":\"001ACME\",\"active_users\":10,\"seats_purchased\":100,\"as_of\":\"2026-11-01\"}");
        assertThat(low.body()).contains("\"state\":\"under_used\"");
        post("/api/seat-usage", RunningBaton.API_TOKEN,
                "{\"account\":\"001ACME\",\"active_users\":12,\"seats_purchased\":100,\"as_of\":\"2026-11-08\"}");
        FakeSlackApi.Call alert = slack.awaitCall("chat.postMessage", WAIT);
        assertThat(alert.params().get("text")).contains("seats under-used (10%)");

        HttpResponse<String> healthy = post("/api/seat-usage", RunningBaton.API_TOKEN, "[{\"account\":\"001ACME\","
                + "\"active_users\":60,\"seats_purchased\":100,\"as_of\":\"2026-11-15\"},{\"account\":\"001ACME\"}]");
        assertThat(healthy.body()).contains("\"state\":\"healthy\"").contains("missing field: active_users");
        FakeSlackApi.Call reply = slack.awaitCalls("chat.postMessage", 2, WAIT).get(1);
        assertThat(reply.params()).containsEntry("channel", CHANNEL);
        assertThat(reply.params().get("thread_ts")).isNotNull().isEqualTo(ts(alert));
        assertThat(reply.params().get("text")).contains("back to healthy");
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void buttonsAcknowledgeInPlaceOpenTheAccountAndLetOnlyLeadersMute() throws Exception {
        post("/api/usage-events", RunningBaton.API_TOKEN, "[" + event("001ACME", "Boards", "u1", "2026-11-20T10:00:00Z") + "]");
        FakeSlackApi.Call alert = slack.awaitCall("chat.postMessage", WAIT);
        String alertId = buttonValue(alert, "usage-acknowledge");

        requests.blockAction(TA, "usage-acknowledge", alertId, slack.responseUrl("ack"), null);
        FakeSlackApi.Call acknowledged = slack.awaitCall("response_url", WAIT);
        assertThat(acknowledged.body()).contains("replace_original").contains("Acknowledged by <@" + TA + ">")
                .doesNotContain("usage-acknowledge");

        requests.blockAction(AE, "usage-mute-feature", alertId, slack.responseUrl("mute-refused"), null);
        assertThat(slack.awaitCalls("response_url", 2, WAIT).get(1).body()).contains("Only leaders");
        requests.blockAction(LEADER, "usage-mute-feature", alertId, slack.responseUrl("mute"), null);
        assertThat(slack.awaitCalls("response_url", 3, WAIT).get(2).body()).contains("Boards is muted")
                .contains("usage-unmute-feature");

        requests.blockAction(AE, "usage-open-account", alertId, slack.responseUrl("open"), null);
        assertThat(slack.awaitCalls("response_url", 4, WAIT).get(3).body()).contains("Hand-off: ")
                .contains("Checklist").contains("ephemeral");
    }

    /** Where the seat alert went, as the outbox recorded Slack's answer. */
    private String ts(FakeSlackApi.Call post) {
        return baton.database().jdbi().withHandle(h -> h.createQuery(
                "select ts from slack_message where target_key like 'usage-alert:%'").mapTo(String.class).one());
    }

    private static String buttonValue(FakeSlackApi.Call call, String actionId) {
        for (JsonElement block : JsonParser.parseString(call.params().get("blocks")).getAsJsonArray()) {
            if (block.getAsJsonObject().has("elements")) {
                for (JsonElement element : block.getAsJsonObject().getAsJsonArray("elements")) {
                    JsonObject button = element.getAsJsonObject();
                    if (button.has("action_id") && actionId.equals(button.get("action_id").getAsString())) {
                        return button.get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + call.params().get("blocks"));
    }
}
