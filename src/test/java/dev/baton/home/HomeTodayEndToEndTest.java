package dev.baton.home;

import com.google.gson.JsonObject;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.SlackPayloads.multiSelect;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's buttons through the running server, each answered by its own workflow's handler: a churn retro's call to
 * action and a success-plan action done item by item, the renewal assessment, the contact modal and the hand-off doc
 * opened from the home view; and a refresh marked by one instance published by another on the same database.
 */
class HomeTodayEndToEndTest {
    private final Instant start = WorkingDays.today();
    private final LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    private final RunningClock clock = RunningClock.from(start);
    private HomeTesting t;
    private HomeTesting other;

    @AfterEach
    void stop() throws Exception {
        if (other != null) {
            other.close();
        }
        t.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void doneOnACallToActionAndAPlanActionCompletesEachAndTheHomeRepublishesWithoutIt(DatabaseKind kind)
            throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        long acme = t.account("Acme", "001ACME");
        long cta = callToAction(acme, "Write the <!channel> onboarding FAQ", AE, today.minusDays(2));
        long action = planAction(acme, "Run the admin training", AE, today);
        planAction(acme, "Someone else's action", CE, today);
        planAction(acme, "Next month's action", AE, today.plusDays(30));
        // the items' reminders: Today lists their items one by one instead
        t.step(acme, "churn-calls-to-action", start.minus(2, ChronoUnit.DAYS));
        t.step(acme, "successplan-actions", start.minus(1, ChronoUnit.HOURS));

        // each step Today lists item by item is a step of some workflow, closed only item by item
        assertThat(TodaySection.ITEMISED).allSatisfy(id -> assertThat(t.baton.baton().timeline().closedItemByItem(id))
                .as(id).isTrue());

        String home = t.open(AE);
        assertThat(home).contains("2 due or overdue").contains("Write the &lt;!channel&gt; onboarding FAQ")
                .contains("churn-action-done-" + cta).contains("Run the admin training")
                .contains("successplan-action-done-" + action)
                .doesNotContain("Someone else's action").doesNotContain("Next month's action")
                .doesNotContain("Churn calls to action").doesNotContain("Successplan actions");

        String afterCta = t.press(AE, "churn-action-done-" + cta, Long.toString(cta), home);
        assertThat(t.query("select done_by from churn_action where id = " + cta, String.class)).isEqualTo(AE);
        assertThat(afterCta).doesNotContain("onboarding FAQ").contains("Run the admin training")
                .contains("1 due or overdue");

        String afterAction = t.press(AE, "successplan-action-done-" + action, Long.toString(action), afterCta);
        assertThat(t.query("select done_by from success_action where id = " + action, String.class)).isEqualTo(AE);
        assertThat(afterAction).contains("Nothing due today");
        assertThat(t.query("select count(*) from audit_log where action in ('churn.action.done', "
                + "'successplan.action.done')", Integer.class)).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void stepsWithAFormOpenItsOwnModalFromTheHomeViewAndASubmittedFormRefreshesTheHome(DatabaseKind kind)
            throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        long acme = t.account("Acme", "001ACME");
        t.health(acme, 35, "red");
        t.step(acme, "renewal-assessment", start.minus(3, ChronoUnit.DAYS));
        t.step(acme, "roles-tagged", start.minus(2, ChronoUnit.DAYS));
        t.step(acme, "handoff-doc-kt", start.minus(1, ChronoUnit.DAYS));

        String home = t.open(AE);
        assertThat(home).contains("renewal-assessment-open").contains("Start assessment")
                .contains("roles-tag-contact").contains(acme + ":1\"")
                .contains("handoff-doc").contains("Fill hand-off doc").contains("handoff-kt").contains("Schedule KT")
                .contains("timeline-done").contains("timeline-snooze-week");
        assertThat(HomeTesting.blocks(home)).isLessThanOrEqualTo(100);

        t.pressOnly(AE, "renewal-assessment-open", Long.toString(acme), home);
        JsonObject assessment = t.awaitModal(1);
        assertThat(assessment.get("callback_id").getAsString()).isEqualTo("renewal-assessment-modal");
        assertThat(assessment.toString()).contains("Health score 35 (red)");

        t.pressOnly(AE, "handoff-doc", Long.toString(acme), home);
        assertThat(t.awaitModal(2).get("callback_id").getAsString()).isEqualTo("handoff-doc-modal");

        t.pressOnly(AE, "roles-tag-contact", acme + ":1", home);
        JsonObject contact = t.awaitModal(3);
        assertThat(contact.get("callback_id").getAsString()).isEqualTo("roles-contact-modal");
        int before = t.publishes(AE).size();
        assertThat(t.requests.interactive(t.requests.viewSubmissionPayload(AE, "roles-contact-modal",
                contact.get("private_metadata").getAsString(), Map.of(
                        "roles-field-name", Map.of("roles-field-name-input", plainText("Ada Lovelace")),
                        "roles-field-email", Map.of("roles-field-email-input", plainText("ada@acme.com")),
                        "roles-field-roles", Map.of("roles-field-roles-input",
                                multiSelect("instance_admin", "champion", "program_contact")),
                        "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("yes")))))
                .statusCode()).isEqualTo(200);
        assertThat(t.query("select count(*) from contact where account_id = " + acme, Integer.class)).isEqualTo(1);
        // the form's change is published to the home it was opened from, without a tick
        assertThat(t.awaitPublish(AE, before + 1)).contains("Renewal assessment");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRefreshMarkedOnOneInstanceIsPublishedByAnotherOnTheSameDatabase(DatabaseKind kind) throws Exception {
        String url = kind.freshUrl();
        t = HomeTesting.start(kind, url, clock, Map.of());
        // the instance that marks waits long enough before publishing for the test to stop it first
        other = HomeTesting.start(kind, url, clock, Map.of("BATON_HOME_DEBOUNCE_MS", "4000"));
        long acme = t.account("Acme", "001ACME");
        t.step(acme, "renewal-assessment", start.minus(2, ChronoUnit.DAYS));
        long step = t.query("select id from due_step where step = 'renewal-assessment'", Long.class);

        String home = t.open(AE);
        assertThat(home).contains("Renewal assessment");
        other.pressOnly(AE, "timeline-done", Long.toString(step), home);
        assertThat(t.query("select status from due_step where id = " + step, String.class)).isEqualTo("done");
        assertThat(t.query("select count(*) from home_refresh where slack_user = '" + AE + "'", Integer.class))
                .isEqualTo(1);
        other.close(); // stopped with the refresh pending: it is in the database, not in this instance
        other = null;

        String refreshed = t.awaitPublish(AE, 2);
        assertThat(refreshed).doesNotContain("Renewal assessment").contains("Nothing due today");
        Await.until("the refresh finished", () -> t.query("select count(*) from home_refresh", Integer.class) == 0);
        assertThat(t.publishes(LEADER)).isEmpty(); // never opened: nothing to refresh
    }

    private long callToAction(long accountId, String text, String owner, LocalDate due) {
        t.sql("insert into churn (account_id, kind, arr_before_cents, arr_after_cents, seats_before, seats_after, "
                + "effective_date, category, reason, retro_required, recorded_by, recorded_at) values "
                + "(?, 'full', 20000000, 0, 400, 0, ?, 'Budget', 'Budget cut', true, ?, ?)", accountId, today, AE, start);
        long churn = t.query("select max(id) from churn", Long.class);
        t.sql("insert into churn_retro (churn_id, status, sponsor, updated_by, updated_at, reviewed_by, reviewed_at) "
                + "values (?, 'reviewed', ?, ?, ?, ?, ?)", churn, LEADER, LEADER, start, LEADER, start);
        t.sql("insert into churn_action (churn_id, position, action, owner, due_date) values (?, 1, ?, ?, ?)",
                churn, text, owner, due);
        return t.query("select max(id) from churn_action", Long.class);
    }

    private long planAction(long accountId, String text, String owner, LocalDate due) {
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        if (t.query("select count(*) from success_plan where account_id = " + accountId, Integer.class) == 0) {
            t.sql("insert into success_plan (account_id, quarter, updated_by, updated_at) values (?, ?, ?, ?)",
                    accountId, quarter, AE, start);
            t.sql("insert into success_goal (plan_id, position, goal, measure) values ((select max(id) from "
                    + "success_plan), 1, 'Adoption', '80% of seats active')");
        }
        long plan = t.query("select id from success_plan where account_id = " + accountId, Long.class);
        int position = t.query("select count(*) from success_action where plan_id = " + plan, Integer.class) + 1;
        t.sql("insert into success_action (plan_id, goal, position, action, owner, due_date) values (?, 1, ?, ?, ?, ?)",
                plan, position, text, owner, due);
        return t.query("select max(id) from success_action", Long.class);
    }
}
