package dev.baton.e2e;

import com.google.gson.JsonObject;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.FakeSocketMode;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.SlackPayloads.multiSelect;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Baton in Socket Mode against a fake Socket Mode server: the same commands, actions, views and events as over
 * HTTP, acknowledged over the socket with Bolt's answers as payloads, and a reconnect that runs a re-sent envelope once.
 */
class SocketModeEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FakeSlackApi slack;
    private static FakeSocketMode socket;
    private static RunningBaton baton;
    private long acme;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        socket = FakeSocketMode.listen();
        slack.answerSocketMode(socket.url());
        // no signing secret: Socket Mode does not need one
        baton = RunningBaton.start(slack, Map.of("SLACK_APP_TOKEN", "xapp-1-A0TEST-1-test", "SLACK_SIGNING_SECRET", ""));
        socket.awaitConnections(1, WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        baton.close();
        socket.close();
        slack.close();
    }

    @BeforeEach
    void freshAccount() {
        slack.reset();
        acme = Fixtures.account(baton.database().jdbi(), baton.clock(), "Acme " + System.nanoTime(), "CRM" + System.nanoTime());
    }

    @Test
    void connectsWithTheAppTokenAndServesNoSlackEventsRoute() throws Exception {
        HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baton.eventsUri())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(events.statusCode()).as("no servlet serves it").isIn(404, 405);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baton.uri("/healthz"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aSlashCommandIsAcknowledgedWithItsAnswerAsThePayload() {
        JsonObject ack = socket.awaitAck(socket.send("slash_commands", command("/roles", acmeName())), WAIT);
        JsonObject payload = ack.getAsJsonObject("payload");
        assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(payload.toString()).contains("No contacts yet").contains("roles-tag-contact");
    }

    @Test
    void aButtonOpensTheFormAndABadSubmissionGetsItsErrorsInTheAck() {
        String press = SlackPayloads.blockActions(AE, SlackPayloads.button("roles-tag-contact", acme + ":1"),
                slack.responseUrl("card"), null);
        JsonObject pressed = socket.awaitAck(socket.send("interactive", press), WAIT);
        assertThat(pressed.has("payload")).isFalse();
        assertThat(slack.awaitCall("views.open", WAIT).params().get("view")).contains("roles-contact-modal");

        String metadata = "{\"accountId\":" + acme + ",\"page\":1,\"responseUrl\":\"" + slack.responseUrl("x") + "\"}";
        String submission = SlackPayloads.viewSubmission(AE, "roles-contact-modal", metadata, Map.of(
                "roles-field-name", Map.of("roles-field-name-input", plainText("Ada")),
                "roles-field-email", Map.of("roles-field-email-input", plainText("ada at acme")),
                "roles-field-roles", Map.of("roles-field-roles-input", multiSelect("champion")),
                "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("yes"))));
        JsonObject answer = socket.awaitAck(socket.send("interactive", submission), WAIT).getAsJsonObject("payload");
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(answer.getAsJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("roles-field-email", "roles-field-instance-admin");
    }

    @Test
    void anEventRunsItsHandler() {
        String event = SlackPayloads.eventCallback("EvSocket" + System.nanoTime(),
                "{\"type\":\"app_home_opened\",\"user\":\"" + AE + "\",\"tab\":\"home\"}");
        socket.awaitAck(socket.send("events_api", event), WAIT);
        assertThat(slack.awaitCall("views.publish", WAIT).params().get("user_id")).isEqualTo(AE);
    }

    @Test
    void afterTheSocketDropsBatonReconnectsAndAnEnvelopeSentAgainRunsOnce() {
        String tag = command("/roles", acmeName() + " tag ada@acme.com Champion");
        String envelopeId = socket.send("slash_commands", tag);
        socket.awaitAck(envelopeId, WAIT);
        int before = socket.connections();

        socket.dropConnections();
        socket.awaitConnections(before + 1, Duration.ofSeconds(30));
        assertThat(slack.calls("apps.connections.open")).isNotEmpty(); // a fresh URL for the new socket
        // Slack did not see the ack before the drop, so it sends the envelope again on the new connection
        socket.resend(envelopeId, "slash_commands", tag, 1);
        dev.baton.testing.Await.until("a second ack", WAIT, () -> socket.acks(envelopeId).size() == 2,
                () -> socket.acks(envelopeId));
        assertThat(contactsTaggedChampion()).isEqualTo(1);
        assertThat(auditEntries()).isEqualTo(1);

        JsonObject fresh = socket.awaitAck(socket.send("slash_commands", command("/roles", acmeName())), WAIT);
        assertThat(fresh.getAsJsonObject("payload").toString()).contains("ada@acme.com");
    }

    private static String command(String command, String text) {
        return SlackPayloads.slashCommandJson(AE, command, text, slack.responseUrl("command"));
    }

    private String acmeName() {
        return baton.database().jdbi().withHandle(h -> h.select("select name from account where id = ?", acme)
                .mapTo(String.class).one());
    }

    private int contactsTaggedChampion() {
        return baton.database().jdbi().withHandle(h -> h.select("select count(*) from contact where account_id = ?", acme)
                .mapTo(Integer.class).one());
    }

    private int auditEntries() {
        return baton.database().jdbi().withHandle(h -> h.select("select count(*) from audit_log where account_id = ?", acme)
                .mapTo(Integer.class).one());
    }

}
