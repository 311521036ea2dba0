package dev.baton.successplan;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.account.ContactDao;
import dev.baton.config.Settings;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Quarterly success plans: {@code /successplan}, the plan form and card, the quarterly ask, the actions' reminders,
 * the mid-quarter progress DM, For QBR and tagging a developed contact Champion.
 */
public final class SuccessPlanWorkflow implements Workflow {
    private final List<TimelineStep> steps;
    private final SuccessPlanSlack slack;

    public SuccessPlanWorkflow(SharedParts parts) {
        Settings settings = parts.settings();
        SuccessPlanViews views = new SuccessPlanViews(parts.blockKit());
        steps = List.of(
                new QuarterlyAskStep(views, settings.successPlanScope(), parts.clock(), settings.timezone()),
                new PlanActionsStep(views, parts.clock(), settings.timezone()),
                new MidQuarterStep(views, settings.successPlanScope(), settings.leaders(), parts.clock(),
                        settings.timezone()));
        SuccessPlanService plans = new SuccessPlanService(parts.jdbi(), parts.clock(), parts.access(), settings.timezone());
        PlanTasks tasks = new PlanTasks(parts.jdbi(), parts.clock(), parts.access(), settings.timezone(), plans);
        slack = new SuccessPlanSlack(plans, tasks, parts.accounts(), views, parts.responses());
    }

    @Override
    public List<TimelineStep> steps() {
        return steps;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, ContactDao.class, SuccessPlanDao.class);
    }

    @Override
    public void register(App app) {
        app.command(SuccessPlanIds.COMMAND, slack::command);
        app.blockAction(SuccessPlanIds.ACTION_OPEN_ACCOUNT, slack::openAccount);
        app.blockAction(SuccessPlanIds.ACTION_EDIT, slack::editButton);
        app.blockAction(SuccessPlanIds.ACTION_FOR_QBR, slack::forQbr);
        app.blockAction(Pattern.compile("^" + SuccessPlanIds.ACTION_DONE + "-\\d+$"), slack::actionDone);
        app.blockAction(Pattern.compile("^" + SuccessPlanIds.ACTION_TAG_CHAMPION + "-\\d+$"), slack::tagChampion);
        app.viewSubmission(SuccessPlanIds.MODAL, slack::submit);
    }
}
