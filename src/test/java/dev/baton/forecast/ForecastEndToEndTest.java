package dev.baton.forecast;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.forecast.ForecastTesting.MANAGER;
import static dev.baton.forecast.ForecastTesting.put;
import static dev.baton.forecast.ForecastTesting.texts;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static org.assertj.core.api.Assertions.assertThat;

/** The forecast and Process renewal modals over signed Slack requests, on H2 and PostgreSQL. */
class ForecastEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;
    private LocalDate renews;

    private void start(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, ForecastTesting.database(kind));
        requests = baton.slackRequests();
        renews = WorkingDays.dateOf(baton.clock().instant()).plusDays(90);
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private JsonObject submitForecast(String user, long cycleId, String outcome, String arrAfter, String reason) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, "outcome", radio(outcome));
        put(values, "arr_after", plainText(arrAfter));
        put(values, "reason", plainText(reason));
        String body = requests.interactive(requests.viewSubmissionPayload(user, ForecastIds.FORECAST_MODAL,
                String.valueOf(cycleId), values)).body();
        return JsonParser.parseString(body).getAsJsonObject();
    }

    private static String error(JsonObject answer, String field) {
        assertThat(answer.get("response_action").getAsString()).as(answer.toString()).isEqualTo("errors");
        var errors = answer.getAsJsonObject("errors");
        return errors.has(ForecastIds.block(field)) ? errors.get(ForecastIds.block(field)).getAsString() : null;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aForecastContradictingTheRatingNeedsAReasonAndTellsTheAesManager(DatabaseKind kind) throws Exception {
        start(kind);
        long account = ForecastTesting.account(baton.database().jdbi(), baton.clock(), "Umbrella <!channel>", renews,
                400_000_00L, 250, MANAGER);
        long cycle = ForecastTesting.cycle(baton.database().jdbi(), baton.clock(), account, "agreed", "red", null, null);

        requests.blockAction(AE, ForecastIds.ACTION_OPEN, String.valueOf(cycle), slack.responseUrl("card"), null);
        String modal = slack.awaitCall("views.open", WAIT).params().get("view");
        assertThat(modal).contains(ForecastIds.FORECAST_MODAL).contains("$400,000.00").contains("*red*");

        assertThat(error(submitForecast(AE, cycle, "flat", "", ""), "reason"))
                .isEqualTo("Flat contradicts the agreed red rating: say why in one line (your manager sees it)");
        JsonObject saved = submitForecast(AE, cycle, "flat", "", "Champion re-signed for two years");
        assertThat(saved.get("response_action").getAsString()).isEqualTo("update");
        assertThat(saved.toString()).contains("Forecast saved").contains("<@" + MANAGER + ">");

        var dm = slack.awaitPost(MANAGER, WAIT, "Champion re-signed for two years");
        assertThat(texts(dm)).contains("forecasts *Flat* against the agreed *red* rating")
                .contains("Umbrella &lt;!channel&gt;").contains("<@" + AE + ">");
        assertThat(dm.params().get("blocks")).contains(ForecastIds.ACTION_OPEN);
        var row = baton.database().jdbi().withHandle(h -> h.createQuery("select forecast_outcome, forecast_rating, "
                + "forecast_reason, forecast_by from renewal_cycle where id = :id").bind("id", cycle).mapToMap().one());
        assertThat(row).containsEntry("forecast_outcome", "flat").containsEntry("forecast_rating", "red")
                .containsEntry("forecast_reason", "Champion re-signed for two years").containsEntry("forecast_by", AE);
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(account));
        assertThat(audit).extracting(AuditEntry::action).contains("forecast.set");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theArrAfterMustAgreeWithTheOutcomeAndOnlyTheAeItsManagerOrALeaderMayForecast(DatabaseKind kind)
            throws Exception {
        start(kind);
        long account = ForecastTesting.account(baton.database().jdbi(), baton.clock(), "Soylent", renews,
                400_000_00L, 250, null);
        long cycle = ForecastTesting.cycle(baton.database().jdbi(), baton.clock(), account, "agreed", "yellow", null, null);

        // from a renewal card shown in a modal, the forecast is pushed onto it
        requests.blockAction(AE, ForecastIds.ACTION_OPEN, String.valueOf(cycle), null,
                "{\"id\":\"V0CARD\",\"type\":\"modal\",\"callback_id\":\"renewal-card\"}");
        assertThat(slack.awaitCall("views.push", WAIT).params().get("view")).contains(ForecastIds.FORECAST_MODAL);

        assertThat(error(submitForecast(AE, cycle, "partial_churn", "400000.01", ""), "arr_after"))
                .contains("below it").contains("$400,000.00");
        assertThat(error(submitForecast(AE, cycle, "partial_churn", "", ""), "arr_after"))
                .contains("needs the ARR after");
        assertThat(error(submitForecast(AE, cycle, "incremental", "399999", "Upsell"), "arr_after"))
                .contains("above it");
        assertThat(error(submitForecast(OUTSIDER, cycle, "partial_churn", "300000", ""), "outcome"))
                .contains("Only Soylent's AE, the AE's manager or a leader");

        JsonObject saved = submitForecast(LEADER, cycle, "incremental", "450000", "Expansion signed early");
        assertThat(saved.get("response_action").getAsString()).as(saved.toString()).isEqualTo("update");
        // no manager on the account: the leaders hear of the contradiction
        assertThat(texts(slack.awaitPost(LEADER, WAIT, "Expansion signed early")))
                .contains("*Incremental* ($450,000.00 ARR after) against the agreed *yellow* rating");
        assertThat(submitForecast(AE, cycle, "partial_churn", "0", "").get("response_action").getAsString())
                .isEqualTo("update");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theProcessRenewalModalChecksItsFieldsThenMovesTheAccountOn(DatabaseKind kind) throws Exception {
        start(kind);
        long account = ForecastTesting.account(baton.database().jdbi(), baton.clock(), "Tyrell", renews,
                400_000_00L, 250, MANAGER);
        long cycle = ForecastTesting.cycle(baton.database().jdbi(), baton.clock(), account, "agreed", "green", "flat", null);

        requests.blockAction(AE, ForecastIds.ACTION_PROCESS_OPEN, String.valueOf(cycle), slack.responseUrl("card"), null);
        String modal = slack.awaitCall("views.open", WAIT).params().get("view");
        assertThat(modal).contains(ForecastIds.PROCESS_MODAL).contains(renews.plusYears(1).toString()).contains("Budget");

        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, "outcome", radio("partial_churn"));
        put(values, "arr_after", plainText("500000"));
        put(values, "renewed_on", datePicker(renews.toString()));
        put(values, "renewal_date", datePicker(renews.toString()));
        JsonObject bad = JsonParser.parseString(requests.interactive(requests.viewSubmissionPayload(AE,
                ForecastIds.PROCESS_MODAL, String.valueOf(cycle), values)).body()).getAsJsonObject();
        assertThat(error(bad, "arr_after")).contains("below it");
        assertThat(error(bad, "renewal_date")).contains("must be after renewed_on");

        put(values, "outcome", radio("incremental"));
        put(values, "arr_after", plainText("450000"));
        put(values, "seats_after", plainText("300"));
        put(values, "renewal_date", datePicker(renews.plusYears(1).toString()));
        String done = requests.interactive(requests.viewSubmissionPayload(AE, ForecastIds.PROCESS_MODAL,
                String.valueOf(cycle), values)).body();
        assertThat(done).contains("\"response_action\":\"update\"").contains("Renewal processed")
                .contains("ARR now $450,000.00, 300 seats").contains("Next renewal: " + renews.plusYears(1));
        var row = baton.database().jdbi().withHandle(h -> h.createQuery("select a.arr_cents, a.seats_purchased, "
                + "a.renewal_date, c.status from account a join renewal_cycle c on c.account_id = a.id where c.id = :id")
                .bind("id", cycle).mapToMap().one());
        assertThat(row.get("arr_cents")).hasToString("45000000");
        assertThat(row.get("seats_purchased")).hasToString("300");
        assertThat(row.get("renewal_date").toString()).isEqualTo(renews.plusYears(1).toString());
        assertThat(row.get("status")).isEqualTo("processed");

        JsonObject again = JsonParser.parseString(requests.interactive(requests.viewSubmissionPayload(AE,
                ForecastIds.PROCESS_MODAL, String.valueOf(cycle), values)).body()).getAsJsonObject();
        assertThat(error(again, "outcome")).contains("already processed on " + renews);
    }
}
