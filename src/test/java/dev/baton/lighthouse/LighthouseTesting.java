package dev.baton.lighthouse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.put;

/** Baton on a test database with the Lighthouse program's people, and the requests the Lighthouse tests send. */
final class LighthouseTesting implements AutoCloseable {
    static final String TA_MANAGER = "UTAM0001";
    static final String REVIEWER = "UREV0001";
    static final String SALES = "USAL0001";
    static final String TS = "UTSL0001";
    static final String SPONSOR = "USPO0001";
    static final String CHANNEL = "#lighthouse-sync";
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeSlackApi slack;
    final RunningBaton baton;
    final SlackRequests requests;
    final RunningClock clock;
    private final Map<String, String> env;

    private LighthouseTesting(FakeSlackApi slack, RunningBaton baton, RunningClock clock, Map<String, String> env) {
        this.slack = slack;
        this.baton = baton;
        this.clock = clock;
        this.env = env;
        this.requests = baton.slackRequests().withResponseUrl(slack.responseUrl("command"));
    }

    static LighthouseTesting start(DatabaseKind kind, RunningClock clock, Map<String, String> settings) throws Exception {
        FakeSlackApi slack = FakeSlackApi.start();
        Map<String, String> env = new HashMap<>(settings);
        env.put("BATON_DATABASE_URL", kind.freshUrl());
        env.putIfAbsent("BATON_LIGHTHOUSE_REVIEWERS", REVIEWER);
        env.putIfAbsent("BATON_LIGHTHOUSE_CHANNEL", CHANNEL);
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return new LighthouseTesting(slack, RunningBaton.start(slack, env, clock), clock, env);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Imports an account with its team (TA {@code ta}) and the TA's manager. */
    long account(String crmId, String name, String ta) {
        String body = "[{\"crm_id\":\"" + crmId + "\",\"name\":\"" + name + "\",\"renewal_date\":\"" + today().plusDays(200)
                + "\",\"arr\":250000,\"service_model\":\"Named\",\"ae\":\"" + AE + "\",\"ta\":\"" + ta + "\",\"ce\":\""
                + CE + "\",\"ta_manager\":\"" + TA_MANAGER + "\"}]";
        HttpResponse<String> answer = post("/api/accounts", body);
        if (!answer.body().contains("\"id\"")) {
            throw new AssertionError(answer.body());
        }
        return JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
    }

    long account(String crmId, String name) {
        return account(crmId, name, TA);
    }

    HttpResponse<String> post(String path, String json) {
        return baton.postApi(path, json);
    }

    /** Presses a button; the view's private_metadata once Slack was asked to open it. */
    String press(String user, String action, long value) {
        int opened = slack.calls("views.open").size();
        requests.blockAction(user, action, String.valueOf(value), slack.responseUrl(action + "-" + user), null);
        List<FakeSlackApi.Call> calls = slack.awaitCalls("views.open", opened + 1, WAIT);
        JsonObject view = JsonParser.parseString(calls.get(opened).params().get("view")).getAsJsonObject();
        return view.get("private_metadata").getAsString();
    }

    String lastView() {
        List<FakeSlackApi.Call> calls = slack.calls("views.open");
        return calls.get(calls.size() - 1).params().get("view");
    }

    /** Presses a button that answers on its response_url; waits for an answer containing {@code text}. */
    String pressFor(String user, String action, long value, String text) {
        requests.blockAction(user, action, String.valueOf(value), slack.responseUrl(action + "-" + user), null);
        return awaitReply(text);
    }

    String submit(String user, String callbackId, String metadata, Map<String, Map<String, Object>> values) {
        return requests.interactive(requests.viewSubmissionPayload(user, callbackId, metadata, values)).body();
    }

    static Map<String, Object> checkbox(String... values) {
        return Map.of("type", "checkboxes", "selected_options", java.util.Arrays.stream(values).map(v ->
                Map.of("text", Map.of("type", "plain_text", "text", v), "value", v)).toList());
    }

    String awaitReply(String text) {
        return Await.value("a response_url answer containing '" + text + "'", WAIT,
                () -> slack.calls("response_url").stream().map(FakeSlackApi.Call::body).filter(b -> b.contains(text))
                        .findFirst(), () -> slack.calls("response_url"));
    }

    /** Nominates the account ad hoc as {@code user} with a reason; the program is then the account's. */
    void nominate(String user, long accountId) {
        String metadata = press(user, LighthouseIds.ACTION_NOMINATE, accountId);
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, LighthouseIds.FIELD_REASON, dev.baton.testing.SlackPayloads.plainText("Usage fell by half"));
        String answer = submit(user, LighthouseIds.NOMINATE_MODAL, metadata, values);
        if (!answer.isEmpty()) {
            throw new AssertionError(answer);
        }
    }

    <T> T sql(String query, Class<T> type, Object... args) {
        return baton.database().jdbi().withHandle(h -> h.select(query, args).mapTo(type).one());
    }

    /** Another Baton on the same database (another instance, or this one restarted). */
    RunningBaton second() throws Exception {
        return RunningBaton.start(slack, env, clock);
    }

    void tick() {
        baton.baton().tick();
    }

    @Override
    public void close() throws Exception {
        baton.close();
        slack.close();
    }
}
