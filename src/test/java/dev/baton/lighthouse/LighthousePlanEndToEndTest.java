package dev.baton.lighthouse;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static dev.baton.lighthouse.LighthouseTesting.REVIEWER;
import static dev.baton.lighthouse.LighthouseTesting.SPONSOR;
import static dev.baton.lighthouse.LighthouseTesting.TA_MANAGER;
import static dev.baton.lighthouse.LighthouseTesting.WAIT;
import static dev.baton.lighthouse.LighthouseTesting.checkbox;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.userSelect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The save plan, the sponsor and the weekly update, over signed requests and the fake Slack, on H2 and PostgreSQL: a
 * step without an owner is answered on its field; the submitted plan reaches the AE and the reviewers; a leader
 * assigns the sponsor (a TA may not), who gets the plan and then each update; each step's owner is reminded from its
 * due date until Done; the weekly update reaches the TA's manager.
 */
class LighthousePlanEndToEndTest {
    private final Instant start = WorkingDays.today();
    private final RunningClock clock = RunningClock.from(start);
    private LighthouseTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private Map<String, Map<String, Object>> plan(boolean submit) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, LighthouseIds.FIELD_PROBLEM, plainText("Admins stopped logging in <!channel>"));
        put(values, LighthouseIds.FIELD_GOAL, plainText("Weekly active admins back"));
        put(values, LighthouseIds.criterion(1, "what"), plainText("Admins active weekly"));
        put(values, LighthouseIds.criterion(1, "measure"), plainText("Weekly active admins"));
        put(values, LighthouseIds.criterion(1, "target"), plainText("8"));
        put(values, LighthouseIds.criterion(1, "current"), plainText("2"));
        put(values, LighthouseIds.step(1, 1, "action"), plainText("Office hours for the admins"));
        put(values, LighthouseIds.step(1, 1, "owner"), userSelect(TA));
        put(values, LighthouseIds.step(1, 1, "due"), datePicker(WorkingDays.dateOf(WorkingDays.after(start, 3)).toString()));
        put(values, LighthouseIds.step(1, 2, "action"), plainText("Exec call with the buyer"));
        put(values, LighthouseIds.step(1, 2, "owner"), userSelect(CE));
        put(values, LighthouseIds.step(1, 2, "due"), datePicker(WorkingDays.dateOf(WorkingDays.after(start, 10)).toString()));
        if (submit) {
            put(values, LighthouseIds.FIELD_SUBMIT, checkbox("submit"));
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theSavePlanRefusesAStepWithoutAnOwnerOnItsFieldAndReachesTheReviewers(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long account = t.account("001ACME", "Acme");
        t.nominate(TA, account);
        String metadata = t.press(TA, LighthouseIds.ACTION_PLAN, account);
        Map<String, Map<String, Object>> values = plan(true);
        values.remove(LighthouseIds.step(1, 2, "owner"));
        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, metadata, values))
                .contains(LighthouseIds.step(1, 2, "owner")).contains("Each step needs an owner");
        Map<String, Map<String, Object>> noTarget = plan(true);
        noTarget.remove(LighthouseIds.criterion(1, "target"));
        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, metadata, noTarget)).contains(LighthouseIds.criterion(1, "target"));
        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, metadata, plan(false))).isEmpty();
        assertThat(t.slack.post(REVIEWER, "Lighthouse save plan")).isEmpty();
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("(draft)");

        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, metadata, plan(true))).isEmpty();
        for (String reviewer : new String[] {AE, REVIEWER}) {
            FakeSlackApi.Call dm = t.slack.awaitPost(reviewer, WAIT, "Acme", "Office hours for the admins");
            assertThat(dm.params().get("blocks")).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        }
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("(submitted)")
                .contains("Admins active weekly").contains("target 8").contains("Exec call with the buyer");
        assertThat(t.sql("select count(*) from audit_log where action = 'lighthouse.plan.submitted'", Integer.class))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaderAssignsTheSponsorWhoGetsThePlanAndEveryUpdateAndATaIsRefused(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long account = t.account("001ACME", "Acme");
        t.nominate(AE, account);
        String plan = t.press(TA, LighthouseIds.ACTION_PLAN, account);
        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, plan, plan(true))).isEmpty();

        t.pressFor(TA, LighthouseIds.ACTION_SPONSOR, account, "Only a leader");
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", LEADER).body()).contains(LighthouseIds.ACTION_SPONSOR);
        String metadata = t.press(LEADER, LighthouseIds.ACTION_SPONSOR, account);
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, LighthouseIds.FIELD_SPONSOR, userSelect(SPONSOR));
        assertThat(t.submit(TA, LighthouseIds.SPONSOR_MODAL, metadata, values)).contains("Only a leader");
        assertThat(t.submit(LEADER, LighthouseIds.SPONSOR_MODAL, metadata, values)).isEmpty();
        t.slack.awaitPost(SPONSOR, WAIT, "exec sponsor of *Acme*", "Office hours for the admins");
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("<@" + SPONSOR + ">");

        // A week after the nomination, which the running clock made a few seconds after start: an hour's margin, so
        // the update is due at this tick rather than at a background tick up to 30 s later.
        clock.jumpTo(WorkingDays.after(start, 5).plus(Duration.ofHours(1)));
        t.tick();
        t.slack.awaitPost(TA, WAIT, "weekly Lighthouse update");
        String update = t.press(TA, LighthouseIds.ACTION_UPDATE, account);
        assertThat(t.lastView()).contains(LighthouseIds.criterion(1, "current")).contains("Office hours for the admins");
        Map<String, Map<String, Object>> week = new HashMap<>();
        put(week, LighthouseIds.criterion(1, "current"), plainText("5"));
        assertThat(t.submit(TA, LighthouseIds.UPDATE_MODAL, update, week)).contains(LighthouseIds.FIELD_PROGRESS);
        put(week, LighthouseIds.FIELD_PROGRESS, plainText("Office hours held <!here>"));
        put(week, LighthouseIds.FIELD_BLOCKERS, plainText("Buyer on leave"));
        put(week, LighthouseIds.criterion(1, "met"), checkbox("met"));
        assertThat(t.submit(TA, LighthouseIds.UPDATE_MODAL, update, week)).isEmpty();
        for (String reader : new String[] {TA_MANAGER, SPONSOR}) {
            FakeSlackApi.Call dm = t.slack.awaitPost(reader, WAIT, "Acme", "Office hours held", "Buyer on leave");
            assertThat(dm.params().get("blocks")).contains("&lt;!here&gt;").doesNotContain("<!here>").contains("5 of 8");
        }
        assertThat(t.requests.slashCommand("/lighthouse", "", TA).body()).contains("1 of 1").contains("today");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void eachStepsOwnerIsRemindedFromItsDueDateUntilDone(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long account = t.account("001ACME", "Acme");
        t.nominate(TA, account);
        String metadata = t.press(TA, LighthouseIds.ACTION_PLAN, account);
        assertThat(t.submit(TA, LighthouseIds.PLAN_MODAL, metadata, plan(true))).isEmpty();
        t.tick();
        assertThat(t.slack.post(TA, "Lighthouse save plan steps are due")).isEmpty();

        clock.jumpTo(WorkingDays.after(start, 3));
        t.tick();
        FakeSlackApi.Call reminder = t.slack.awaitPost(TA, WAIT, "Lighthouse save plan steps are due");
        long step = t.sql("select id from lighthouse_step where action = 'Office hours for the admins'", Long.class);
        assertThat(reminder.params().get("blocks")).contains(LighthouseIds.ACTION_STEP_DONE + "-" + step)
                .doesNotContain("Exec call with the buyer");
        assertThat(t.slack.post(CE, "Lighthouse save plan steps are due")).isEmpty();
        t.pressFor(TA, LighthouseIds.ACTION_STEP_DONE + "-" + step, step, "Step done");
        assertThat(t.sql("select count(*) from lighthouse_step where done_at is not null", Integer.class)).isEqualTo(1);

        t.slack.reset();
        clock.jumpTo(WorkingDays.after(start, 10));
        t.tick();
        t.slack.awaitPost(CE, WAIT, "Lighthouse save plan steps are due", "Exec call with the buyer");
        assertThat(t.slack.post(TA, "Lighthouse save plan steps are due")).isEmpty();
    }
}
