package dev.baton.forecast;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import dev.baton.timeline.DueStep;
import dev.baton.timeline.DueStepDao;
import dev.baton.timeline.WorkingHours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.baton.forecast.ForecastTesting.count;
import static dev.baton.forecast.ForecastTesting.postRenewal;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/renewals} end to end, on H2 and PostgreSQL: churns through churn's own recording and rule. */
class RenewalsApiEndToEndTest {
    private static final String SPONSOR = "USPONSOR1";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private FakeSlackApi slack;
    private RunningBaton baton;
    private LocalDate renews;

    private void start(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        Map<String, String> env = new java.util.HashMap<>(ForecastTesting.database(kind));
        env.put("BATON_CHURN_RETRO_SPONSOR", SPONSOR);
        env.put("BATON_GTM_REVIEW_CHANNEL", "CGTMREVIEW");
        baton = RunningBaton.start(slack, env);
        renews = WorkingDays.dateOf(baton.clock().instant()).plusDays(30);
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private long account(String name) {
        return ForecastTesting.account(baton.database().jdbi(), baton.clock(), name, renews, 400_000_00L, 250, null);
    }

    private String partialChurn(String name, String arrAfter, int seatsAfter) {
        return "{\"crm_id\":\"CRM-" + name + "\",\"outcome\":\"partial_churn\",\"arr_after\":" + arrAfter
                + ",\"seats_after\":" + seatsAfter + ",\"renewed_on\":\"" + renews + "\",\"renewal_date\":\""
                + renews.plusYears(1) + "\",\"category\":\"Budget\",\"reason\":\"Budget cut\"}";
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aPartialChurnJustAboveTheLineWithFewerSeatsStartsARetroOnceAndMovesTheAccountOn(DatabaseKind kind)
            throws Exception {
        start(kind);
        long id = account("Initech");
        long open = ForecastTesting.cycle(baton.database().jdbi(), baton.clock(), id, "agreed", "red",
                "partial_churn", 250_000_00L);

        HttpResponse<String> answer = postRenewal(baton, partialChurn("Initech", "249999.99", 100));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject body = json(answer);
        assertThat(body.get("retro_required").getAsBoolean()).isTrue();
        assertThat(body.get("cycle_id").getAsLong()).isEqualTo(open);
        assertThat(body.get("renewal_date").getAsString()).isEqualTo(renews.plusYears(1).toString());
        // the churn workflow's own kickoff: the sponsor, the TA and the review channel
        slack.awaitPost(SPONSOR, WAIT, "churn-start-retro");
        slack.awaitPost(TA, WAIT, "churn-start-retro");
        slack.awaitPost("CGTMREVIEW", WAIT, "$150,000.01", "250 → 100");

        Account moved = baton.database().jdbi().withExtension(AccountDao.class, dao -> dao.findById(id)).orElseThrow();
        assertThat(moved.arrCents()).isEqualTo(249_999_99L);
        assertThat(moved.seatsPurchased()).isEqualTo(100);
        assertThat(moved.renewalDate()).isEqualTo(renews.plusYears(1));
        var cycle = baton.database().jdbi().withHandle(h -> h.createQuery("select status, processed_outcome, "
                + "processed_arr_after_cents, processed_seats_after, processed_on, churn_id from renewal_cycle "
                + "where id = :id").bind("id", open).mapToMap().one());
        assertThat(cycle).containsEntry("status", "processed").containsEntry("processed_outcome", "partial_churn");
        assertThat(cycle.get("processed_arr_after_cents")).hasToString("24999999");
        assertThat(cycle.get("processed_seats_after")).hasToString("100");
        assertThat(cycle.get("processed_on").toString()).isEqualTo(renews.toString());
        assertThat(cycle.get("churn_id")).isNotNull();
        // the renewal workflow's assessment step, armed from the new renewal date through the account-change path
        DueStep step = baton.database().jdbi().withExtension(DueStepDao.class, dao -> dao.find(id, "renewal-assessment"))
                .orElseThrow();
        assertThat(step.status()).isEqualTo(DueStep.PENDING);
        assertThat(step.dueAt()).isEqualTo(WorkingHours.morningOf(renews.plusYears(1).minusDays(120), ZoneOffset.UTC));
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(id));
        assertThat(audit).extracting(AuditEntry::action).contains("churn.recorded", "churn.retro.kicked-off", "renewal.processed",
                        "account.updated");

        HttpResponse<String> retry = postRenewal(baton, partialChurn("Initech", "249999.99", 100));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json(retry).get("already_processed").getAsBoolean()).isTrue();
        assertThat(count(baton.database().jdbi(), "select count(*) from churn where account_id = ?", id)).isEqualTo(1);
        assertThat(count(baton.database().jdbi(), "select count(*) from churn_retro")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aChurnOfExactly150000NeedsNoRetroAndARenewalWithoutAnOpenCycleGetsAProcessedOne(DatabaseKind kind)
            throws Exception {
        start(kind);
        long id = account("Hooli");
        HttpResponse<String> answer = postRenewal(baton, partialChurn("Hooli", "250000", 100));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject body = json(answer);
        assertThat(body.get("retro_required").getAsBoolean()).isFalse();
        assertThat(body.get("why_no_retro").getAsString()).contains("not above $150,000.00");
        assertThat(count(baton.database().jdbi(), "select count(*) from renewal_cycle where account_id = ? "
                + "and status = 'processed' and renewal_date = ?", id, renews)).isEqualTo(1);
        assertThat(count(baton.database().jdbi(), "select count(*) from churn_retro")).isZero();

        long flat = account("Pied Piper");
        HttpResponse<String> renewed = postRenewal(baton, "{\"crm_id\":\"CRM-Pied-Piper\",\"outcome\":\"flat\","
                + "\"renewed_on\":\"" + renews + "\",\"renewal_date\":\"" + renews.plusYears(1) + "\"}");
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(201);
        assertThat(json(renewed).has("churn_id")).isFalse();
        assertThat(count(baton.database().jdbi(), "select count(*) from churn where account_id = ?", flat)).isZero();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void unknownAccountsAre404AndMalformedFields400NamingThem(DatabaseKind kind) throws Exception {
        start(kind);
        account("Globex");
        HttpResponse<String> unknown = postRenewal(baton, partialChurn("NOPE-1", "1", 1));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown account").contains("CRM-NOPE-1");

        HttpResponse<String> bad = postRenewal(baton, "{\"crm_id\":\"CRM-Globex\",\"outcome\":\"sideways\","
                + "\"arr_after\":\"lots\",\"seats_after\":12.5,\"renewed_on\":\"tomorrow\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonObject fields = json(bad).getAsJsonObject("fields");
        assertThat(fields.get("outcome").getAsString()).contains("must be one of").contains("sideways");
        assertThat(fields.get("arr_after").getAsString()).contains("lots");
        assertThat(fields.get("seats_after").getAsString()).contains("whole number").contains("12.5");
        assertThat(fields.get("renewed_on").getAsString()).contains("YYYY-MM-DD").contains("tomorrow");

        HttpResponse<String> above = postRenewal(baton, partialChurn("Globex", "400000.01", 100));
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(json(above).getAsJsonObject("fields").get("arr_after").getAsString()).contains("below it");
        HttpResponse<String> noCategory = postRenewal(baton, partialChurn("Globex", "100", 1)
                .replace(",\"category\":\"Budget\"", ""));
        assertThat(noCategory.statusCode()).isEqualTo(400);
        assertThat(json(noCategory).getAsJsonObject("fields").get("category").getAsString()).contains("must be one of");
        assertThat(count(baton.database().jdbi(), "select count(*) from renewal_cycle")).isZero();

        assertThat(postRenewal(baton, "{\"crm_id\":\"CRM-Globex\",\"colour\":1}").body()).contains("unknown field 'colour'");
        assertThat(postRenewal(baton, "[1,2").statusCode()).isEqualTo(400);
    }
}
