package dev.baton.process;

import com.google.gson.Gson;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.FakeSocketMode;
import dev.baton.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real jar in Socket Mode: no signing secret, no /slack/events, /roles answered over the socket; a bad app token named. */
class SocketModeProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;
    private FakeSocketMode socket;

    @BeforeEach
    void listen() {
        socket = FakeSocketMode.listen();
        slack.answerSocketMode(socket.url());
    }

    @AfterEach
    void close() {
        socket.close();
    }

    @Test
    void theJarAnswersRolesOverSocketModeWithoutASigningSecret() {
        try (BatonProcess baton = BatonProcess.start(environment("xapp-1-A0TEST-1-secret"))) {
            socket.awaitConnections(1, WAIT);
            assertThat(slack.calls("apps.connections.open")).first()
                    .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer xapp-1-A0TEST-1-secret"));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("team_id", "T0TEST");
            form.put("channel_id", "C0TEST");
            form.put("user_id", Fixtures.AE);
            form.put("command", "/roles");
            form.put("text", "");
            form.put("api_app_id", "A0TEST");
            form.put("response_url", slack.responseUrl("roles"));
            form.put("trigger_id", "1.2.3");
            String envelope = socket.send("slash_commands", new Gson().toJson(form));
            assertThat(socket.awaitAck(envelope, WAIT).getAsJsonObject("payload").get("response_type").getAsString())
                    .isEqualTo("ephemeral");
            assertThat(baton.output()).doesNotContain("xapp-1-A0TEST-1-secret");
        }
    }

    @Test
    void anAppTokenSlackRefusesIsNamedWithExitTwo() {
        slack.failAlways("apps.connections.open", "invalid_auth");
        BatonProcess.Exit exit = BatonProcess.run(environment("xapp-1-A0TEST-1-revoked"), List.of(), WAIT);
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output().lines().filter(l -> l.startsWith("Baton cannot start: ")).toList()).singleElement()
                .asString().contains("SLACK_APP_TOKEN").contains("invalid_auth");
    }

    @Test
    void aTokenThatIsNoAppTokenIsNamedWithExitTwo() {
        BatonProcess.Exit exit = BatonProcess.run(environment("xoxb-not-an-app-token"), List.of(), WAIT);
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output()).contains("SLACK_APP_TOKEN must be an app-level token starting xapp-")
                .doesNotContain("SLACK_SIGNING_SECRET");
    }

    private Map<String, String> environment(String appToken) {
        Map<String, String> env = new HashMap<>();
        env.put("BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/baton"));
        env.put("SLACK_APP_TOKEN", appToken);
        env.put("SLACK_SIGNING_SECRET", null);
        return BatonProcess.environment(slack, env);
    }
}
