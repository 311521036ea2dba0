package dev.baton.successplan;

import dev.baton.account.ContactDao;
import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static dev.baton.successplan.SuccessPlanTesting.importAccounts;
import static dev.baton.successplan.SuccessPlanTesting.metadata;
import static dev.baton.successplan.SuccessPlanTesting.plan;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Success plans over signed requests and the fake Slack, on H2 and PostgreSQL: the quarterly ask on the quarter's
 * first working day (prefilled from last quarter's plan), an action reminded from its due date and done from the
 * reminder, For QBR and its list, and the mid-quarter DM. Every date is counted from the next quarter after now.
 */
class SuccessPlanEndToEndTest {
    static final String OWNER = "UOWNER01";
    static final String TA_MANAGER = "UTAMGR01";
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** The next quarter after today's, and 15:00 UTC on its first working day and on the calendar day before. */
    private final Quarter quarter = Quarter.of(Instant.now(), ZoneOffset.UTC).next();
    private final Instant firstDay = WorkingDays.after(quarter.firstWorkingMorning(ZoneOffset.UTC), 0);
    private final Instant dayBefore = firstDay.minus(Duration.ofDays(1));
    private final RunningClock clock = RunningClock.from(dayBefore);
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;
    private long accountId;

    void start(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        baton = SuccessPlanTesting.start(kind, slack, clock);
        requests = baton.slackRequests();
        String imported = importAccounts(baton, "[{\"crm_id\":\"CRM-GLOBEX\",\"name\":\"Globex\",\"segment\":\"Enterprise\","
                + "\"service_model\":\"Named\",\"ae\":\"" + AE + "\",\"ta\":\"" + TA + "\",\"ta_manager\":\"" + TA_MANAGER + "\"},"
                + "{\"crm_id\":\"CRM-POOL\",\"name\":\"Pooled Co\",\"segment\":\"SMB\",\"service_model\":\"Pooled\","
                + "\"ta\":\"" + TA + "\"}]");
        assertThat(imported).contains("\"created\":2");
        accountId = baton.database().jdbi().withHandle(h -> h.select("select id from account where crm_id = 'CRM-GLOBEX'")
                .mapTo(Long.class).one());
    }

    @AfterEach
    void stop() throws Exception {
        if (baton != null) {
            baton.close();
        }
        slack.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theQuartersFirstWorkingDayAsksTheTaForThePlanPrefilledAndItsActionIsRemindedAndDone(DatabaseKind kind)
            throws Exception {
        start(kind);
        Quarter last = quarter.previous();
        assertThat(submit(TA, metadata(accountId, last), plan("Adopt CI <!channel>", "80% of teams on CI",
                "Run the enablement days", OWNER, WorkingDays.dateOf(firstDay).plusDays(60), null))).isEmpty();

        baton.baton().timeline().tick(100);
        assertThat(askRow()).as("not asked the day before").containsEntry("reminders_sent", 0)
                .containsEntry("due_at", quarter.firstWorkingMorning(ZoneOffset.UTC));
        assertThat(dueRows()).as("only the account in the Named scope is asked").hasSize(1);

        clock.jumpTo(firstDay);
        baton.baton().timeline().tick(100);
        FakeSlackApi.Call ask = slack.awaitPost(TA, WAIT, "the " + quarter + " success plan is due");
        assertThat(ask.params().get("blocks")).contains(SuccessPlanIds.ACTION_EDIT).doesNotContain("timeline-done");

        requests.blockAction(TA, SuccessPlanIds.ACTION_EDIT, String.valueOf(accountId), slack.responseUrl("edit"), null);
        assertThat(slack.awaitCall("views.open", WAIT).params().get("view")).contains(SuccessPlanIds.MODAL)
                .contains("Adopt CI \\u003c!channel\\u003e").contains("starts from last quarter").contains(OWNER);

        LocalDate due = WorkingDays.dateOf(WorkingDays.after(firstDay, 3));
        String refused = submit(TA, metadata(accountId, quarter), plan("Double deployments", "20 a week", "Pipeline review",
                null, due, null));
        assertThat(refused).contains(SuccessPlanIds.action(1, 1, "owner")).contains("needs an owner");
        assertThat(submit(TA, metadata(accountId, quarter), plan("Double deployments", "20 a week", "Pipeline review",
                OWNER, due, null))).isEmpty();

        clock.jumpTo(WorkingDays.after(firstDay, 3));
        baton.baton().timeline().tick(100);
        assertThat(askRow()).as("the plan written, the ask is armed for the next quarter")
                .containsEntry("due_at", quarter.next().firstWorkingMorning(ZoneOffset.UTC))
                .containsEntry("reminders_sent", 0);
        FakeSlackApi.Call reminder = slack.awaitPost(OWNER, WAIT, "success plan actions are due");
        long actionId = openActionId();
        assertThat(reminder.params().get("blocks")).contains(SuccessPlanIds.ACTION_DONE + "-" + actionId)
                .contains("Pipeline review").doesNotContain("Run the enablement days");
        requests.blockAction(OWNER, SuccessPlanIds.ACTION_DONE + "-" + actionId, String.valueOf(actionId),
                slack.responseUrl("done"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Marked done: Pipeline review");

        String card = requests.slashCommand(SuccessPlanIds.COMMAND, "Globex", TA).body();
        assertThat(card).contains("success plan for " + quarter).contains("1 of 1 done")
                .contains("Last quarter (" + last + ")").contains("Adopt CI &lt;!channel&gt;").doesNotContain("<!channel>");
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(accountId));
        assertThat(audit).extracting(AuditEntry::action).contains("successplan.saved", "successplan.action.done");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void leadersMarkPlansForQbrTheListShowsThemAndMidQuarterTheAeAndTheCrmsTaManagerGetTheProgress(DatabaseKind kind)
            throws Exception {
        clock.jumpTo(firstDay);
        start(kind);
        long contactId = baton.database().jdbi().withExtension(ContactDao.class, dao -> dao.insert(accountId, "Ada Ops",
                "VP Platform", "ada@globex.com", "ada@globex.com", Roles.of(Set.of(Role.EXECUTIVE)).toColumn(), false, null,
                clock.instant()));
        LocalDate due = quarter.firstDay().plusMonths(2).plusDays(10);
        assertThat(submit(TA, metadata(accountId, quarter), plan("Double deployments", "20 a week", "Pipeline review",
                OWNER, due, contactId))).isEmpty();
        long planId = baton.database().jdbi().withExtension(SuccessPlanDao.class,
                dao -> dao.plan(accountId, quarter.label())).orElseThrow().id();

        requests.blockAction(AE, SuccessPlanIds.ACTION_FOR_QBR, String.valueOf(planId), slack.responseUrl("ae"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Only leaders");
        requests.blockAction(LEADER, SuccessPlanIds.ACTION_FOR_QBR, String.valueOf(planId), slack.responseUrl("lead"), null);
        assertThat(slack.awaitCalls("response_url", 3, WAIT)).anySatisfy(c -> assertThat(c.body()).contains("Marked For QBR"));
        assertThat(requests.slashCommand(SuccessPlanIds.COMMAND, "qbr", AE).body()).contains("Globex")
                .contains("0 of 1 actions done");

        requests.blockAction(TA, SuccessPlanIds.ACTION_TAG_CHAMPION + "-" + contactId, accountId + ":" + contactId,
                slack.responseUrl("champion"), null);
        assertThat(slack.awaitCalls("response_url", 5, WAIT)).anySatisfy(c -> assertThat(c.body())
                .contains("Tagged Ada Ops: Champion, Executive"));

        assertThat(requests.slashCommand(SuccessPlanIds.COMMAND, "", TA).body()).contains("Globex")
                .contains(quarter + " plan written");
        assertThat(requests.slashCommand(SuccessPlanIds.COMMAND, "Globx", TA).body()).contains("/successplan Globex");

        clock.jumpTo(WorkingDays.after(quarter.midQuarterMorning(ZoneOffset.UTC), 0));
        baton.baton().timeline().tick(100);
        assertThat(slack.awaitPost(AE, WAIT, "mid-quarter").params().get("blocks")).contains("Double deployments")
                .contains("0 of 1 actions done");
        assertThat(slack.awaitPost(TA_MANAGER, WAIT, "mid-quarter")).isNotNull();
        assertThat(slack.post(LEADER, "mid-quarter")).as("the TA's manager from the CRM, not the leaders").isEmpty();
        assertThat(dueRow(MidQuarterStep.ID)).containsEntry("due_at", quarter.next().midQuarterMorning(ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aQuarterStartingOnAWeekendAsksOnTheMondayAndNotOnTheWeekend(DatabaseKind kind) throws Exception {
        Quarter weekendStart = quarter;
        while (weekendStart.firstDay().getDayOfWeek().getValue() < 6) {
            weekendStart = weekendStart.next();
        }
        LocalDate first = weekendStart.firstDay();
        clock.jumpTo(first.minusDays(1).atTime(WorkingDays.AFTERNOON_UTC).toInstant(ZoneOffset.UTC));
        start(kind);
        for (LocalDate day = first; day.getDayOfWeek().getValue() >= 6; day = day.plusDays(1)) {
            clock.jumpTo(day.atTime(WorkingDays.AFTERNOON_UTC).toInstant(ZoneOffset.UTC));
            baton.baton().timeline().tick(100);
            assertThat(askRow()).as("not asked on " + day).containsEntry("reminders_sent", 0);
        }
        LocalDate monday = WorkingDays.dateOf(weekendStart.firstWorkingMorning(ZoneOffset.UTC));
        assertThat(monday.getDayOfWeek().getValue()).isEqualTo(1);
        clock.jumpTo(monday.atTime(WorkingDays.AFTERNOON_UTC).toInstant(ZoneOffset.UTC));
        baton.baton().timeline().tick(100);
        assertThat(slack.awaitPost(TA, WAIT, "the " + weekendStart + " success plan is due")).isNotNull();
        assertThat(askRow()).containsEntry("reminders_sent", 1);
    }

    private String submit(String user, String metadata, java.util.Map<String, java.util.Map<String, Object>> values) {
        return requests.interactive(requests.viewSubmissionPayload(user, SuccessPlanIds.MODAL, metadata, values)).body();
    }

    private java.util.Map<String, Object> askRow() {
        return dueRow(QuarterlyAskStep.ID);
    }

    private java.util.Map<String, Object> dueRow(String step) {
        return baton.database().jdbi().withHandle(h -> h.select("select due_at, reminders_sent from due_step "
                + "where account_id = ? and step = ?", accountId, step).map((rs, ctx) -> java.util.Map.<String, Object>of(
                "due_at", rs.getObject("due_at", java.time.OffsetDateTime.class).toInstant(),
                "reminders_sent", rs.getInt("reminders_sent"))).one());
    }

    private List<Long> dueRows() {
        return baton.database().jdbi().withHandle(h -> h.select("select account_id from due_step where step = ?",
                QuarterlyAskStep.ID).mapTo(Long.class).list());
    }

    private long openActionId() {
        return baton.database().jdbi().withExtension(SuccessPlanDao.class, dao -> dao.openActionsForAccount(accountId))
                .stream().filter(a -> a.action().equals("Pipeline review")).findFirst().orElseThrow().id();
    }
}
