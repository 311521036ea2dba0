package dev.baton.home;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Baton on a test database, with what the App Home tests do: open the tab, press its buttons, read what it shows. */
final class HomeTesting implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger EVENTS = new AtomicInteger();

    final FakeSlackApi slack;
    final RunningBaton baton;
    final SlackRequests requests;
    final Clock clock;

    private HomeTesting(FakeSlackApi slack, RunningBaton baton, Clock clock) {
        this.slack = slack;
        this.baton = baton;
        this.clock = clock;
        this.requests = baton.slackRequests();
    }

    static HomeTesting start(DatabaseKind kind, Clock clock, Map<String, String> settings) throws Exception {
        return start(kind, kind.freshUrl(), clock, settings);
    }

    /** Baton on the database at {@code url} (another instance's, say), with a fake Slack of its own. */
    static HomeTesting start(DatabaseKind kind, String url, Clock clock, Map<String, String> settings) throws Exception {
        FakeSlackApi slack = FakeSlackApi.start();
        Map<String, String> env = new HashMap<>(settings);
        env.put("BATON_DATABASE_URL", url);
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return new HomeTesting(slack, RunningBaton.start(slack, env, clock), clock);
    }

    Jdbi jdbi() {
        return baton.database().jdbi();
    }

    long account(String name, String crmId) {
        return Fixtures.account(jdbi(), clock, name, crmId);
    }

    void sql(String statement, Object... args) {
        jdbi().useHandle(handle -> handle.execute(statement, args));
    }

    <T> T query(String sql, Class<T> type) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(type).one());
    }

    void health(long accountId, Integer score, String band) {
        sql("insert into account_health (account_id, score, band, components, missing, computed_at) values (?, ?, ?, '{}', '', ?)",
                accountId, score, band, clock.instant());
    }

    void step(long accountId, String step, Instant dueAt) {
        sql("insert into due_step (account_id, step, due_at, status, reminders_sent) values (?, ?, ?, 'pending', 0)",
                accountId, step, dueAt);
    }

    /** Opens the user's home tab and answers the view published for it. */
    String open(String userId) {
        int before = publishes(userId).size();
        requests.event(SlackPayloads.eventCallback("EvHome" + EVENTS.incrementAndGet(),
                "{\"type\":\"app_home_opened\",\"user\":\"" + userId + "\",\"tab\":\"home\"}"), Map.of());
        return awaitPublish(userId, before + 1);
    }

    /** Presses a button in the home view {@code view} (as published), and answers nothing (a form opens, say). */
    void pressOnly(String userId, String actionId, String value, String view) {
        assertOk(requests.blockAction(userId, actionId, value, null, view));
    }

    /** The modal the next {@code views.open} (the {@code count}th) opened, as JSON. */
    JsonObject awaitModal(int count) {
        List<FakeSlackApi.Call> calls = slack.awaitCalls("views.open", count, WAIT);
        return JsonParser.parseString(calls.get(count - 1).params().get("view")).getAsJsonObject();
    }

    private static void assertOk(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Slack request answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Presses a button in the home view {@code view} (as published) and answers the view published after. */
    String press(String userId, String actionId, String value, String view) {
        int before = publishes(userId).size();
        requests.blockAction(userId, actionId, value, null, view);
        return awaitPublish(userId, before + 1);
    }

    /** Chooses {@code value} in the static select {@code actionId} of the home view {@code view}. */
    String choose(String userId, String actionId, String value, String view) {
        int before = publishes(userId).size();
        requests.interactive(SlackPayloads.blockActions(userId, SlackPayloads.selectAction(actionId, value), null, view));
        return awaitPublish(userId, before + 1);
    }

    List<FakeSlackApi.Call> publishes(String userId) {
        return slack.calls("views.publish").stream().filter(c -> userId.equals(c.params().get("user_id"))).toList();
    }

    String awaitPublish(String userId, int count) {
        return Await.value(count + " views.publish for " + userId, WAIT, () -> {
            List<FakeSlackApi.Call> calls = publishes(userId);
            return calls.size() >= count ? Optional.of(calls.get(count - 1).params().get("view")) : Optional.empty();
        }, () -> publishes(userId).size() + " so far");
    }

    static int blocks(String view) {
        return JsonParser.parseString(view).getAsJsonObject().getAsJsonArray("blocks").size();
    }

    static String metadata(String view) {
        JsonObject object = JsonParser.parseString(view).getAsJsonObject();
        return object.get("private_metadata").getAsString();
    }

    @Override
    public void close() throws Exception {
        baton.close();
        slack.close();
    }
}
