package dev.baton.churn;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.baton.churn.ChurnTesting.postChurn;
import static dev.baton.churn.ChurnTesting.recordValues;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording churn over signed Slack requests and the CRM API; the rule decides; the kickoff is delivered. */
class ChurnRecordingEndToEndTest {
    static final String SPONSOR = "USPONSOR1";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FakeSlackApi slack;
    private static RunningBaton baton;
    private static SlackRequests requests;
    private String crmId;
    private String name;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_CHURN_RETRO_SPONSOR", SPONSOR,
                "BATON_GTM_REVIEW_CHANNEL", "CGTMREVIEW"));
        requests = baton.slackRequests();
    }

    @AfterAll
    static void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @BeforeEach
    void account() {
        slack.reset();
        crmId = "CRM" + System.nanoTime();
        name = "Globex " + System.nanoTime();
        Fixtures.account(baton.database().jdbi(), baton.clock(), name, crmId);
    }

    private String churnJson(String before, String after, String seatsBefore, String seatsAfter) {
        return "{\"crm_id\":\"" + crmId + "\",\"kind\":\"partial\",\"arr_before\":" + before + ",\"arr_after\":" + after
                + ",\"seats_before\":" + seatsBefore + ",\"seats_after\":" + seatsAfter
                + ",\"effective_date\":\"2026-12-31\",\"category\":\"Budget\",\"reason\":\"Budget cut\"}";
    }

    @Test
    void theApiRecordsAChurnAboveTheLineAndKicksOffTheRetro() {
        HttpResponse<String> answer = postChurn(baton, churnJson("400000", "249999.99", "250", "100"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject body = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(body.get("retro_required").getAsBoolean()).isTrue();
        assertThat(body.get("arr_lost_cents").getAsLong()).isEqualTo(15_000_001L);
        List<FakeSlackApi.Call> posts = slack.awaitCalls("chat.postMessage", 3, WAIT);
        assertThat(posts).extracting(c -> c.params().get("channel")).containsExactlyInAnyOrder(SPONSOR, TA, "CGTMREVIEW");
        FakeSlackApi.Call post = posts.stream().filter(c -> c.params().get("channel").equals("CGTMREVIEW")).findFirst().orElseThrow();
        assertThat(post.params().get("blocks")).contains(name).contains("$150,000.01").contains("250 → 100").contains("Kicked off");
        FakeSlackApi.Call dm = posts.stream().filter(c -> c.params().get("channel").equals(TA)).findFirst().orElseThrow();
        assertThat(dm.params().get("blocks")).contains(ChurnIds.ACTION_START_RETRO);
        long accountId = baton.database().jdbi().withHandle(h -> h.select("select id from account where crm_id = ?", crmId)
                .mapTo(Long.class).one());
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(accountId));
        assertThat(audit).extracting(AuditEntry::action).contains("churn.recorded", "churn.retro.kicked-off");
    }

    @Test
    void theApiRecordsAChurnAtExactlyTheLineWithoutARetroAndSaysWhy() {
        HttpResponse<String> answer = postChurn(baton, churnJson("400000", "250000", "250", "100"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("\"retro_required\":false").contains("not above $150,000.00");
    }

    @Test
    void theApiNamesBadInputAndUnknownAccounts() {
        HttpResponse<String> bad = postChurn(baton, churnJson("100000", "200000", "12.5", "10"));
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonObject fields = JsonParser.parseString(bad.body()).getAsJsonObject().getAsJsonObject("fields");
        assertThat(fields.get("arr_after").getAsString()).contains("cannot be above arr_before");
        assertThat(fields.get("seats_before").getAsString()).contains("whole number").contains("12.5");
        HttpResponse<String> unknown = postChurn(baton, churnJson("1", "0", "1", "0").replace(crmId, "NOPE-1"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown account").contains("NOPE-1");
        assertThat(postChurn(baton, "{\"crm_id\":\"" + crmId + "\",\"colour\":1}").body()).contains("unknown field 'colour'");
        assertThat(postChurn(baton, "[1,2").statusCode()).isEqualTo(400);
    }

    @Test
    void theShortcutOpensTheModalWhichShowsFieldErrorsThenRecords() {
        assertThat(requests.interactive(ChurnTesting.shortcut(AE)).statusCode()).isEqualTo(200);
        FakeSlackApi.Call opened = slack.awaitCall("views.open", WAIT);
        assertThat(opened.params().get("view")).contains(ChurnIds.RECORD_MODAL).contains("Champion left").contains(SPONSOR);

        String bad = requests.viewSubmissionPayload(AE, ChurnIds.RECORD_MODAL, "",
                recordValues(name, "full", "100000", "150000", "12.5", "3"));
        JsonObject errors = JsonParser.parseString(requests.interactive(bad).body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").get("churn-field-arr-after").getAsString()).contains("cannot be above");
        assertThat(errors.getAsJsonObject("errors").get("churn-field-seats-before").getAsString()).contains("whole number");

        String unknown = requests.viewSubmissionPayload(AE, ChurnIds.RECORD_MODAL, "",
                recordValues("Nowhere Industries", "full", "1", "0", "1", "0"));
        assertThat(requests.interactive(unknown).body()).contains("churn-field-account").contains("No account matches");

        String sameSeats = requests.viewSubmissionPayload(AE, ChurnIds.RECORD_MODAL, "",
                recordValues(name, "full", "300000", "0", "40", "40"));
        String answer = requests.interactive(sameSeats).body();
        assertThat(answer).contains("\"response_action\":\"update\"").contains("No retro needed")
                .contains("seats did not decrease").contains("&lt;!channel&gt;");
    }

    @Test
    void theRolesCardsRecordChurnButtonOpensTheModalForThatAccount() {
        String card = requests.slashCommand("/roles", name, AE).body();
        assertThat(card).contains(ChurnIds.ACTION_RECORD);
        long accountId = baton.database().jdbi().withHandle(h -> h.select("select id from account where crm_id = ?", crmId)
                .mapTo(Long.class).one());
        requests.blockAction(AE, ChurnIds.ACTION_RECORD, String.valueOf(accountId), slack.responseUrl("card"), null);
        String view = slack.awaitCall("views.open", WAIT).params().get("view");
        assertThat(view).contains(name).doesNotContain(ChurnIds.FIELD_ACCOUNT)
                .containsPattern("\"initial_value\":\\s*\"400\"");

        Map<String, Map<String, Object>> values = recordValues("ignored", "partial", "250000", "99999.99", "400", "300");
        values.remove(ChurnIds.FIELD_ACCOUNT);
        String answer = requests.interactive(requests.viewSubmissionPayload(AE, ChurnIds.RECORD_MODAL,
                String.valueOf(accountId), values)).body();
        assertThat(answer).contains("\"response_action\":\"update\"").contains("A retro is required");
        assertThat(slack.awaitCalls("chat.postMessage", 3, WAIT)).extracting(c -> c.params().get("channel"))
                .contains("CGTMREVIEW");
    }
}
