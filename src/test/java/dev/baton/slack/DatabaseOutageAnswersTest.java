package dev.baton.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.OutageLog;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of Slack request is told the database is away in the way Slack lets that kind show it. */
class DatabaseOutageAnswersTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final RequestHeaders HEADERS = new RequestHeaders(Map.of());

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final DatabaseOutageAnswers answers = answers();

    private DatabaseOutageAnswers answers() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        Slack client = Slack.getInstance(config);
        return new DatabaseOutageAnswers(new BlockKit(new Templates(Path.of("templates"))),
                new ResponseUrls(client, executor), client.methods("xoxb-test"), executor, new OutageLog());
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static Request<?> interactive(String payload) {
        String body = SlackRequests.formBody(Map.of("payload", payload));
        JsonObject type = JsonParser.parseString(payload).getAsJsonObject();
        return switch (type.get("type").getAsString()) {
            case "block_actions" -> new BlockActionRequest(body, payload, HEADERS);
            case "shortcut" -> new GlobalShortcutRequest(body, payload, HEADERS);
            case "view_closed" -> new ViewClosedRequest(body, payload, HEADERS);
            default -> throw new IllegalArgumentException(payload);
        };
    }

    @Test
    void aSlashCommandIsAnsweredEphemerallyAndOnlyWhenTheDatabaseWasTheCause() {
        SlashCommandRequest command = new SlashCommandRequest(SlackRequests.formBody(Map.of("command", "/roles",
                "text", "Acme", "user_id", "U1", "team_id", "T0TEST", "response_url", slack.responseUrl("c"))), HEADERS);
        Response answer = answers.afterFailure(command, new IllegalStateException(
                new SQLTransientConnectionException("request timed out"))).orElseThrow();
        assertThat(answer.getStatusCode()).isEqualTo(200);
        JsonObject message = JsonParser.parseString(answer.getBody()).getAsJsonObject();
        assertThat(message.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(message.get("text").getAsString()).contains("can't reach its database").contains("nothing was changed");

        assertThat(answers.afterFailure(command, new IllegalArgumentException("a bug"))).isEmpty();
    }

    @Test
    void aShortcutOrAnAppHomeButtonOpensTheNoticeAndAButtonInAModalPushesIt() {
        Response shortcut = answers.answer(interactive("""
                {"type":"shortcut","callback_id":"churn-record","trigger_id":"1.2.shortcut","user":{"id":"U1"},
                 "team":{"id":"T0TEST"}}"""));
        assertThat(shortcut.getStatusCode()).isEqualTo(200);
        assertThat(slack.awaitCall("views.open", WAIT).params()).containsEntry("trigger_id", "1.2.shortcut")
                .hasEntrySatisfying("view", view -> assertThat(view).contains("can't reach its database"));

        answers.answer(interactive("""
                {"type":"block_actions","trigger_id":"1.2.modal","user":{"id":"U1"},"team":{"id":"T0TEST"},
                 "view":{"id":"V1","type":"modal"},"actions":[{"type":"button","action_id":"x","value":"1"}]}"""));
        assertThat(slack.awaitCall("views.push", WAIT).params()).containsEntry("trigger_id", "1.2.modal");
    }

    @Test
    void aButtonInAMessageIsAnsweredThroughItsResponseUrl() {
        Response pressed = answers.answer(interactive("""
                {"type":"block_actions","trigger_id":"1.2.3","user":{"id":"U1"},"team":{"id":"T0TEST"},
                 "response_url":"%s","actions":[{"type":"button","action_id":"x","value":"1"}]}"""
                .formatted(slack.responseUrl("message"))));
        assertThat(pressed.getStatusCode()).isEqualTo(200);
        JsonObject reply = JsonParser.parseString(slack.awaitCall("response_url", WAIT).body()).getAsJsonObject();
        assertThat(reply.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(reply.get("replace_original").getAsBoolean()).isFalse();
        assertThat(reply.get("text").getAsString()).contains("can't reach its database");
        assertThat(slack.calls("views.open")).isEmpty();
    }

    @Test
    void anEventIsRefusedSoSlackSendsItAgainAndAClosedModalIsJustAcknowledged() {
        Response event = answers.answer(new EventRequest("""
                {"type":"event_callback","team_id":"T0TEST","api_app_id":"A0TEST","event_id":"Ev1",
                 "event":{"type":"app_home_opened","user":"U1","tab":"home"}}""", HEADERS));
        assertThat(event.getStatusCode()).isEqualTo(503);
        assertThat(event.getBody()).contains("database");

        Response closed = answers.answer(interactive("""
                {"type":"view_closed","user":{"id":"U1"},"team":{"id":"T0TEST"},"view":{"id":"V1","type":"modal"}}"""));
        assertThat(closed.getStatusCode()).isEqualTo(200);
        assertThat(slack.calls()).isEmpty();
    }
}
