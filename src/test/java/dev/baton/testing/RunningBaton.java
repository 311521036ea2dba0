package dev.baton.testing;

import dev.baton.Baton;
import dev.baton.config.Settings;
import dev.baton.store.Database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole of Baton on a free port, talking to a fake Slack Web API, for end-to-end tests. It runs on the test's
 * clock (by default a {@link RunningClock} from this working day's afternoon), and its Slack requests are signed by
 * that clock, as the request guard checks timestamps against it.
 */
public final class RunningBaton implements AutoCloseable {
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-bot-token";
    public static final String API_TOKEN = "test-api-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Baton baton;
    private final Clock clock;

    private RunningBaton(Baton baton, Clock clock) {
        this.baton = baton;
        this.clock = clock;
    }

    public static RunningBaton start(FakeSlackApi slack) throws Exception {
        return start(slack, Map.of());
    }

    public static RunningBaton start(FakeSlackApi slack, Map<String, String> overrides) throws Exception {
        return start(slack, overrides, RunningClock.fromToday());
    }

    public static RunningBaton start(FakeSlackApi slack, Map<String, String> overrides, Clock clock) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("PORT", "0");
        env.put("BATON_DATABASE_URL", TestDatabases.h2Url());
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("BATON_API_TOKEN", API_TOKEN);
        env.put("BATON_LEADERS", Fixtures.LEADER);
        env.put("BATON_TEMPLATES_DIR", "templates");
        env.putAll(overrides);
        Baton baton = new Baton(Settings.fromEnvironment(env), clock);
        try {
            baton.start();
        } catch (Exception e) {
            baton.close();
            throw e;
        }
        return new RunningBaton(baton, clock);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + baton.port() + path);
    }

    /** POSTs {@code json} to {@code /api/<path>} with the test API token, as the CRM would. */
    public HttpResponse<String> postApi(String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + API_TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code path} with the test API token, or with {@code token} when given (null: no Authorization). */
    public HttpResponse<String> getApi(String path, String... token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            String bearer = token.length == 0 ? API_TOKEN : token[0];
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public URI eventsUri() {
        return uri("/slack/events");
    }

    public SlackRequests slackRequests() {
        return new SlackRequests(eventsUri(), SIGNING_SECRET).withClock(clock);
    }

    /** The clock Baton runs on: what "now" is for this test. */
    public Clock clock() {
        return clock;
    }

    public Database database() {
        return baton.database();
    }

    public Baton baton() {
        return baton;
    }

    @Override
    public void close() throws Exception {
        baton.close();
    }
}
