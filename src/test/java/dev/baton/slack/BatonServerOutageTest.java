package dev.baton.slack;

import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's one place for a database out of reach also catches it when a handler meets it after the replay check
 * passed (the database went away in between), for Slack and for {@code /api/*}; any other failure still answers 500.
 */
class BatonServerOutageTest {
    private static final String SECRET = "outage-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Database database;
    private BatonServer server;

    private static RuntimeException lostConnection() {
        return new UnableToExecuteStatementException(new SQLException("An I/O error occurred", "08006"), null);
    }

    @BeforeEach
    void start() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        Slack client = Slack.getInstance(config);
        App app = new App(AppConfig.builder().singleTeamBotToken("xoxb-test").signingSecret(SECRET)
                .requestVerificationEnabled(false).slack(client).build());
        app.command("/gone", (req, ctx) -> {
            throw lostConnection();
        });
        app.command("/bug", (req, ctx) -> {
            throw new IllegalStateException("a bug");
        });
        app.endpoint("POST", "/api/gone", (req, ctx) -> {
            throw lostConnection();
        });
        database = TestDatabases.h2();
        BlockKit blockKit = new BlockKit(new Templates(Path.of("templates")));
        server = new BatonServer(app, 0, new BodyLimit(64 * 1024),
                new RequestGuard(new SlackSignature(SECRET), new SeenRequests(database, java.time.Instant.now()), Clock.systemUTC(), 64 * 1024),
                new BodyLimit(64 * 1024), new DatabaseOutageAnswers(blockKit, new ResponseUrls(client, executor),
                client.methods("xoxb-test"), executor, database.outages()));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        database.close();
        executor.shutdownNow();
    }

    private SlackRequests requests() {
        return new SlackRequests(URI.create("http://127.0.0.1:" + server.port() + BatonServer.EVENTS_PATH), SECRET);
    }

    @Test
    void aHandlerMeetingTheDatabaseOutOfReachIsAnsweredLikeTheReplayCheck() {
        HttpResponse<String> answer = requests().slashCommand("/gone", "", "U1");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(answer.body()).getAsJsonObject().get("text").getAsString())
                .contains("can't reach its database");
        assertThat(database.outages().down()).isTrue();

        assertThat(requests().slashCommand("/bug", "", "U1").statusCode()).isEqualTo(500);
    }

    @Test
    void anApiRouteMeetingItAnswers503NamingTheDatabase() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/gone")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("{\"error\":\"database unreachable: try again in a minute\"}");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
    }
}
