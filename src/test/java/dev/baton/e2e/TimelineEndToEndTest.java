package dev.baton.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
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
import java.util.Map;

import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server: a CRM import schedules the timeline, a tick queues the CE's reminder, the outbox
 * delivers it, and the signed Snooze click answers in place; a reminder Slack refuses becomes a dead
 * letter a leader retries from the DM.
 */
class TimelineEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_TIMEZONE", "Europe/London"), clock);
        requests = baton.slackRequests();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baton.uri("/api/accounts"))
                .header("Authorization", "Bearer " + RunningBaton.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"crm_id\":\"001ACME\",\"name\":\"Acme <!channel>\","
                        + "\"ce\":\"" + CE + "\",\"contract_signed_at\":\"2026-11-16T09:00:00Z\"}]",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.body()).contains("\"created\":1");
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @Test
    void theCeIsRemindedAndSnoozesFromTheMessage() {
        assertThat(baton.baton().timeline().tick(10)).isEqualTo(1);

        FakeSlackApi.Call reminder = slack.awaitCall("chat.postMessage", WAIT);
        assertThat(reminder.params()).containsEntry("channel", CE);
        assertThat(reminder.params().get("text")).contains("Acme &lt;!channel&gt;").doesNotContain("<!channel>");
        String stepId = buttonValue(reminder, "timeline-snooze-day");

        String responseUrl = slack.responseUrl("snooze");
        assertThat(requests.blockAction(CE, "timeline-snooze-day", stepId, responseUrl, null).statusCode()).isEqualTo(200);

        FakeSlackApi.Call answer = slack.awaitCall("response_url", WAIT);
        assertThat(answer.body()).contains("Snoozed until Tue 24 Nov 10:00 (America/New_York)").contains("replace_original");
    }

    @Test
    void aReminderSlackRefusesIsADeadLetterALeaderRetriesFromTheDm() {
        slack.failNext("chat.postMessage", "user_not_found");
        baton.baton().timeline().tick(10);

        FakeSlackApi.Call alert = slack.awaitCalls("chat.postMessage", 2, WAIT).get(1);
        assertThat(alert.params()).containsEntry("channel", LEADER);
        assertThat(alert.params().get("text")).contains("could not deliver").contains("user_not_found");
        String id = buttonValue(alert, "outbox-retry");
        requests.event(SlackPayloads.eventCallback("EvHome1", "{\"type\":\"app_home_opened\",\"user\":\"" + LEADER
                + "\",\"tab\":\"home\"}"), Map.of());
        assertThat(slack.awaitCall("views.publish", WAIT).params().get("view")).contains("Undelivered messages")
                .contains("user_not_found").contains("outbox-retry").containsPattern("\"value\":\\s*\"" + id + "\"");

        // the id dead-letter DMs were sent with before the ids were kebab-case is still answered
        requests.blockAction(CE, "outbox_retry", id, slack.responseUrl("not-a-leader"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Only leaders");
        requests.blockAction(LEADER, "outbox-retry", id, slack.responseUrl("leader"), null);
        assertThat(slack.awaitCalls("response_url", 2, WAIT).get(1).body()).contains("Back in the queue");

        clock.advance(Duration.ofSeconds(2));
        FakeSlackApi.Call delivered = slack.awaitCalls("chat.postMessage", 3, WAIT).get(2);
        assertThat(delivered.params()).containsEntry("channel", CE);
        // the post is recorded as sent just after Slack answers
        Await.until("the retried reminder to be recorded as sent", WAIT, () -> OutboxMessage.SENT.equals(status(id)),
                () -> status(id));
    }

    private String status(String outboxId) {
        return baton.database().jdbi().withExtension(OutboxDao.class, dao -> dao.byId(Long.parseLong(outboxId))).status();
    }

    private static String buttonValue(FakeSlackApi.Call call, String actionId) {
        JsonArray blocks = JsonParser.parseString(call.params().get("blocks")).getAsJsonArray();
        for (JsonElement block : blocks) {
            if (block.getAsJsonObject().has("elements")) {
                for (JsonElement element : block.getAsJsonObject().getAsJsonArray("elements")) {
                    if (element.getAsJsonObject().has("action_id")
                            && actionId.equals(element.getAsJsonObject().get("action_id").getAsString())) {
                        return element.getAsJsonObject().get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + blocks);
    }
}
