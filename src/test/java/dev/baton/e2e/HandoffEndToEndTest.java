package dev.baton.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static dev.baton.testing.SlackPayloads.userSelect;
import static org.assertj.core.api.Assertions.assertThat;

/** /handoff over signed requests: the start modal with its field errors, the card, and the leaders' assignment. */
class HandoffEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack);
        requests = baton.slackRequests().withResponseUrl(slack.responseUrl("command"));
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    static Map<String, Map<String, Object>> startValues(String name, String closeDate, String arr, String seats) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, "handoff-name", plainText(name));
        put(values, "handoff-crm-id", plainText("0015G-ACME"));
        put(values, "handoff-segment", staticSelect("Enterprise"));
        put(values, "handoff-service-model", staticSelect("Named"));
        put(values, "handoff-order-type", staticSelect("Sales Assisted First Order"));
        put(values, "handoff-deployment", staticSelect("SaaS"));
        put(values, "handoff-close-date", datePicker(closeDate));
        put(values, "handoff-arr", plainText(arr));
        put(values, "handoff-seats", plainText(seats));
        put(values, "handoff-ae", userSelect(AE));
        put(values, "handoff-ce", userSelect(CE));
        return values;
    }

    /** A close date far enough ahead of Baton's clock that no step of the timeline is due during the test. */
    private String closeDate() {
        return LocalDate.ofInstant(baton.clock().instant(), ZoneOffset.UTC).plusDays(120).toString();
    }

    private JsonObject submit(String user, String callbackId, String metadata, Map<String, Map<String, Object>> values) {
        HttpResponse<String> response = requests.interactive(requests.viewSubmissionPayload(user, callbackId, metadata, values));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().isEmpty() ? new JsonObject() : JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void theStartModalAnswersBadFieldsInlineThenStartsTheHandoffAndShowsTheCard() {
        assertThat(requests.slashCommand("/handoff", "", AE).statusCode()).isEqualTo(200);
        FakeSlackApi.Call opened = slack.awaitCall("views.open", WAIT);
        assertThat(opened.params().get("view")).contains("handoff-start-modal").contains("Sales Assisted First Order");
        String metadata = JsonParser.parseString(opened.params().get("view")).getAsJsonObject()
                .get("private_metadata").getAsString();

        JsonObject errors = submit(AE, "handoff-start-modal", metadata, startValues("Acme", "31/12/2026", "-5", "12.5"))
                .getAsJsonObject("errors");
        assertThat(errors.get("handoff-close-date").getAsString()).contains("Not a date");
        assertThat(errors.get("handoff-arr").getAsString()).contains("cannot be negative");
        assertThat(errors.get("handoff-seats").getAsString()).contains("whole number");
        Map<String, Map<String, Object>> missingName = startValues("", closeDate(), "250000", "400");
        assertThat(submit(AE, "handoff-start-modal", metadata, missingName).getAsJsonObject("errors")
                .get("handoff-name").getAsString()).contains("account's name");

        assertThat(submit(AE, "handoff-start-modal", metadata, startValues("Acme <!channel>", closeDate(),
                "250,000.50", "400")).has("errors")).isFalse();
        FakeSlackApi.Call card = slack.awaitCall("response_url", WAIT);
        // mrkdwn text is escaped; only the plain_text header (which Slack never parses for mentions) keeps it as typed
        assertThat(card.body().replace("{\"type\":\"plain_text\",\"text\":\"Hand-off: Acme <!channel>\"}", ""))
                .doesNotContain("<!channel>");
        assertThat(card.body()).contains("Hand-off: Acme &lt;!channel&gt;")
                .contains("0. Prospect").contains("$250,000.50").contains("TA support level set")
                .contains("handoff-assign").contains("Fill hand-off doc");
        int dueSteps = baton.database().jdbi().withHandle(h -> h.select("select count(*) from due_step")
                .mapTo(Integer.class).one());
        assertThat(dueSteps).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyLeadersAssignTheTaWhoIsToldWithTheSummaryWhileTheAeGetsTheIntroduction() {
        requests.slashCommand("/handoff", "", AE);
        String metadata = JsonParser.parseString(slack.awaitCall("views.open", WAIT).params().get("view"))
                .getAsJsonObject().get("private_metadata").getAsString();
        submit(AE, "handoff-start-modal", metadata, startValues("Acme", closeDate(), "250000", "400"));
        long accountId = baton.database().jdbi().withHandle(h -> h.select("select id from account").mapTo(Long.class).one());
        slack.awaitCall("response_url", WAIT); // the new account's card, answered after the ack

        requests.blockAction(AE, "handoff-assign", String.valueOf(accountId), slack.responseUrl("ae"), null);
        assertThat(slack.awaitCalls("response_url", 2, WAIT).get(1).body()).contains("Only leaders");

        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, "handoff-support-level", staticSelect("High touch"));
        put(values, "handoff-segmentation", staticSelect("Enterprise"));
        put(values, "handoff-ta", userSelect(TA));
        String assignMetadata = "{\"accountId\":" + accountId + ",\"responseUrl\":\"" + slack.responseUrl("card") + "\"}";
        assertThat(submit(AE, "handoff-assign-modal", assignMetadata, values).getAsJsonObject("errors")
                .get("handoff-support-level").getAsString()).contains("Only leaders");
        assertThat(submit(LEADER, "handoff-assign-modal", assignMetadata, values).has("errors")).isFalse();

        var posts = slack.awaitCalls("chat.postMessage", 2, WAIT);
        assertThat(posts).anySatisfy(p -> {
            assertThat(p.params()).containsEntry("channel", TA);
            assertThat(p.params().get("text")).contains("You are the TA for Acme");
            assertThat(p.params().get("blocks")).contains("High touch").contains("$250,000.00");
        });
        assertThat(posts).anySatisfy(p -> {
            assertThat(p.params()).containsEntry("channel", AE);
            assertThat(p.params().get("blocks")).contains("introduce your Technical Advisor");
        });
    }
}
