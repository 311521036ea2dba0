package dev.baton.renewal;

import dev.baton.account.LighthouseNomination;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.renewal.RenewalTesting.MANAGER;
import static dev.baton.renewal.RenewalTesting.WAIT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static dev.baton.testing.SlackPayloads.userSelect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an agreed rating sets going, over signed requests and the fake Slack, on H2 and PostgreSQL: yellow asks the TA
 * for a save plan until it is written (a step without an owner is answered on its field) and then for a weekly
 * check-in, each reaching the AE's manager; red nominates the account for Lighthouse and tells the leaders at once.
 */
class OutcomesEndToEndTest {
    private final Instant start = WorkingDays.today();
    private final RunningClock clock = RunningClock.from(start);
    private RenewalTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private long agreed(String rating) {
        long account = t.account("001ACME", "Acme", 119);
        t.submitAssessment(account, rating);
        long cycle = t.cycleId(account);
        t.requests.blockAction(MANAGER, RenewalIds.ACTION_AGREE, String.valueOf(cycle), t.slack.responseUrl("agree"), null);
        t.awaitReply("Agreed: ");
        return account;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void yellowAsksForTheSavePlanUntilWrittenThenForWeeklyCheckInsThatReachTheManager(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, clock);
        long account = agreed("yellow");
        long cycle = t.cycleId(account);
        clock.jumpTo(WorkingDays.after(start, 2));
        t.tick();
        FakeSlackApi.Call reminder = t.slack.awaitPost(TA, WAIT, "Acme", "write the save plan");
        assertThat(reminder.params().get("blocks")).contains(RenewalIds.ACTION_SAVE_PLAN);

        String metadata = t.press(TA, RenewalIds.ACTION_SAVE_PLAN, cycle);
        Map<String, Map<String, Object>> plan = savePlan();
        plan.remove(RenewalIds.planStep(2, "owner"));
        assertThat(t.submit(TA, RenewalIds.SAVE_PLAN_MODAL, metadata, plan)).contains(RenewalIds.planStep(2, "owner"))
                .contains("needs an owner");
        plan = savePlan();
        plan.remove(RenewalIds.planStep(1, "due"));
        assertThat(t.submit(TA, RenewalIds.SAVE_PLAN_MODAL, metadata, plan)).contains(RenewalIds.planStep(1, "due"));
        assertThat(t.submit(TA, RenewalIds.SAVE_PLAN_MODAL, metadata, savePlan())).isEmpty();
        List<SavePlan.Step> steps = t.baton.database().jdbi().withExtension(RenewalDao.class, dao -> dao.savePlanSteps(cycle));
        assertThat(steps).extracting(SavePlan.Step::owner).containsExactly(TA, AE);

        clock.jumpTo(WorkingDays.after(start, 7));
        t.slack.reset();
        t.tick();
        FakeSlackApi.Call checkInReminder = t.slack.awaitPost(TA, WAIT, "Acme", "weekly renewal check-in");
        assertThat(checkInReminder.params().get("blocks")).contains(RenewalIds.ACTION_CHECK_IN);
        assertThat(t.slack.post(TA, "write the save plan")).isEmpty();
        String checkIn = t.press(TA, RenewalIds.ACTION_CHECK_IN, cycle);
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, RenewalIds.FIELD_TREND, staticSelect("at_risk"));
        assertThat(t.submit(TA, RenewalIds.CHECK_IN_MODAL, checkIn, values)).contains(RenewalIds.FIELD_PROGRESS);
        put(values, RenewalIds.FIELD_PROGRESS, plainText("Exec sponsor call held <!here>"));
        put(values, RenewalIds.FIELD_CORRECTIVE, plainText("Weekly office hours for the admins"));
        assertThat(t.submit(TA, RenewalIds.CHECK_IN_MODAL, checkIn, values)).isEmpty();
        FakeSlackApi.Call toManager = t.slack.awaitPost(MANAGER, WAIT, "Acme", "Exec sponsor call held", "At risk");
        assertThat(toManager.params().get("blocks")).contains("&lt;!here&gt;").doesNotContain("<!here>")
                .contains("Weekly office hours");

        String card = t.requests.slashCommand("/renewal", "Acme", TA).body();
        assertThat(card).contains("Save plan").contains("Reach the admins").contains("Check-ins")
                .contains("Exec sponsor call held").contains("Renewal plan: weekly check-ins");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void redNominatesTheAccountForLighthouseAndTellsTheLeadersAtOnce(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, clock);
        long account = agreed("red");
        FakeSlackApi.Call told = t.slack.awaitPost(LEADER, WAIT, "Acme", "nominated for the Lighthouse");
        assertThat(told.params().get("blocks")).contains("Adoption stalled").doesNotContain("<!channel>");
        List<LighthouseNomination> nominations = t.baton.database().jdbi().withHandle(h ->
                dev.baton.account.LighthouseNominations.current(h, account).stream().toList());
        assertThat(nominations).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(LighthouseNomination.NOMINATED);
            assertThat(n.nominatedBy()).isEqualTo(MANAGER);
        });
        assertThat(t.requests.slashCommand("/roles", "Acme", AE).body()).contains("Nominated for the Lighthouse");
        assertThat(t.requests.slashCommand("/renewal", "Acme", AE).body()).contains("Lighthouse")
                .contains(RenewalIds.ACTION_FORECAST).contains(RenewalIds.ACTION_PROCESS);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theCardShowsTheForecastAndTheProcessedResultFromTheCycle(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, clock);
        long account = agreed("green");
        long cycle = t.cycleId(account);
        // written by the forecast workflow, which shares the cycle through the schema
        t.baton.database().jdbi().useHandle(h -> h.createUpdate("update renewal_cycle set forecast_outcome = 'flat', "
                + "forecast_arr_after_cents = 25000000, forecast_reason = 'Renewing as is <!channel>', forecast_by = :ae, "
                + "forecast_at = :at, forecast_rating = 'yellow' where id = :id").bind("ae", AE)
                .bind("at", java.time.OffsetDateTime.now()).bind("id", cycle).execute());
        String card = t.requests.slashCommand("/renewal", "Acme", AE).body();
        assertThat(card).contains("*Forecast*").contains("Flat, $250,000.00 ARR after").contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>").contains("asked again");
        assertThat(t.requests.slashCommand("/renewal", "", AE).body()).contains("Forecast: Flat, $250,000.00 after")
                .contains("Overdue: forecast");

        t.baton.database().jdbi().useHandle(h -> h.createUpdate("update renewal_cycle set forecast_rating = rating, "
                + "status = 'processed', processed_outcome = 'incremental', processed_arr_after_cents = 30000000, "
                + "processed_seats_after = 120, processed_on = renewal_date, processed_by = 'api:crm' where id = :id")
                .bind("id", cycle).execute());
        assertThat(t.requests.slashCommand("/renewal", "Acme", AE).body()).contains("*Processed*")
                .contains("Incremental, $300,000.00 ARR after, 120 seats").contains("*Phase*\\nProcessed")
                .doesNotContain(RenewalIds.ACTION_PROCESS);
    }

    private Map<String, Map<String, Object>> savePlan() {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, RenewalIds.FIELD_PROBLEM, plainText("The admins stopped logging in"));
        put(values, RenewalIds.FIELD_GOAL, plainText("80% of seats active by the renewal"));
        put(values, RenewalIds.planStep(1, "action"), plainText("Reach the admins"));
        put(values, RenewalIds.planStep(1, "owner"), userSelect(TA));
        put(values, RenewalIds.planStep(1, "due"), datePicker(t.today().plusDays(14).toString()));
        put(values, RenewalIds.planStep(2, "action"), plainText("Exec sponsor call"));
        put(values, RenewalIds.planStep(2, "owner"), userSelect(AE));
        put(values, RenewalIds.planStep(2, "due"), datePicker(t.today().plusDays(21).toString()));
        return values;
    }
}
