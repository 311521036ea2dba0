package dev.baton.renewal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.staticSelect;

/** Baton on a test database with the renewal's people, and the requests the renewal tests send through it. */
final class RenewalTesting implements AutoCloseable {
    static final String MANAGER = "UMGR0001";
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeSlackApi slack;
    final RunningBaton baton;
    final SlackRequests requests;
    final RunningClock clock;

    private RenewalTesting(FakeSlackApi slack, RunningBaton baton, RunningClock clock) {
        this.slack = slack;
        this.baton = baton;
        this.clock = clock;
        this.requests = baton.slackRequests().withResponseUrl(slack.responseUrl("command"));
    }

    static RenewalTesting start(DatabaseKind kind, RunningClock clock) throws Exception {
        FakeSlackApi slack = FakeSlackApi.start();
        Map<String, String> env = new HashMap<>();
        env.put("BATON_DATABASE_URL", kind.freshUrl());
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return new RenewalTesting(slack, RunningBaton.start(slack, env, clock), clock);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Imports (or updates) an account renewing {@code days} from today, with its team and the AE's manager. */
    long account(String crmId, String name, int days) {
        String body = "[{\"crm_id\":\"" + crmId + "\",\"name\":\"" + name + "\",\"renewal_date\":\""
                + today().plusDays(days) + "\",\"arr\":250000,\"seats_purchased\":100,\"service_model\":\"Named\","
                + "\"ae\":\"" + AE + "\",\"ta\":\"" + TA + "\",\"ce\":\"" + CE + "\",\"ae_manager\":\"" + MANAGER + "\"}]";
        HttpResponse<String> answer = post("/api/accounts", body);
        if (!answer.body().contains("\"id\"")) {
            throw new AssertionError(answer.body());
        }
        return JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
    }

    HttpResponse<String> post(String path, String json) {
        return baton.postApi(path, json);
    }

    long cycleId(long accountId) {
        return baton.database().jdbi().withHandle(h -> h.select("select id from renewal_cycle where account_id = ?",
                accountId).mapTo(Long.class).one());
    }

    /** Presses a button; the view's private_metadata when it opened one. */
    String press(String user, String action, long value) {
        int opened = slack.calls("views.open").size();
        requests.blockAction(user, action, String.valueOf(value), slack.responseUrl(action + "-" + user), null);
        List<FakeSlackApi.Call> calls = slack.awaitCalls("views.open", opened + 1, WAIT);
        JsonObject view = JsonParser.parseString(calls.get(opened).params().get("view")).getAsJsonObject();
        return view.get("private_metadata").getAsString();
    }

    /** The last view Slack was asked to open. */
    String lastView() {
        List<FakeSlackApi.Call> calls = slack.calls("views.open");
        return calls.get(calls.size() - 1).params().get("view");
    }

    /** Submits a modal; the answer's body (empty when it closed). */
    String submit(String user, String callbackId, String metadata, Map<String, Map<String, Object>> values) {
        return requests.interactive(requests.viewSubmissionPayload(user, callbackId, metadata, values)).body();
    }

    /** A complete assessment, every driver rated {@code rating}, ready to submit. */
    static Map<String, Map<String, Object>> assessment(String overall, boolean submit, String missingRoleReason) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (Driver driver : Driver.values()) {
            put(values, RenewalIds.driver(driver, "rating"), staticSelect(overall));
            put(values, RenewalIds.driver(driver, "note"), plainText(driver.label() + " note <!channel> & co"));
        }
        put(values, RenewalIds.FIELD_OVERALL, staticSelect(overall));
        put(values, RenewalIds.FIELD_SUMMARY, plainText("Adoption stalled after the reorg <!channel>"));
        put(values, RenewalIds.FIELD_RISKS, plainText("Champion may leave"));
        put(values, RenewalIds.FIELD_CONTACTS_CONFIRMED, checkbox("confirmed"));
        if (missingRoleReason != null) {
            put(values, RenewalIds.FIELD_MISSING_ROLE_REASON, plainText(missingRoleReason));
        }
        if (submit) {
            put(values, RenewalIds.FIELD_SUBMIT, checkbox("submit"));
        }
        return values;
    }

    static Map<String, Object> checkbox(String value) {
        return Map.of("type", "checkboxes", "selected_options",
                List.of(Map.of("text", Map.of("type", "plain_text", "text", value), "value", value)));
    }

    /** The TA opens the assessment and submits it, complete, rated {@code overall}. */
    void submitAssessment(long accountId, String overall) {
        String metadata = press(TA, RenewalIds.ACTION_ASSESS, accountId);
        String answer = submit(TA, RenewalIds.ASSESSMENT_MODAL, metadata, assessment(overall, true, "No admin yet"));
        if (!answer.isEmpty()) {
            throw new AssertionError(answer);
        }
    }

    /** The first answer to a {@code response_url} that contains {@code text}. */
    String awaitReply(String text) {
        return dev.baton.testing.Await.value("a response_url answer containing '" + text + "'", WAIT,
                () -> slack.calls("response_url").stream().map(FakeSlackApi.Call::body).filter(b -> b.contains(text))
                        .findFirst(), () -> slack.calls("response_url"));
    }

    void tick() {
        baton.baton().timeline().tick(100);
    }

    @Override
    public void close() throws Exception {
        baton.close();
        slack.close();
    }
}
