package dev.baton.renewal;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.ChangeReplies;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;
import java.util.Set;

/**
 * Renewals: the 120-day health assessment, the alignment on its rating with the AE's manager, what the rating sets
 * going (a save plan, a Lighthouse nomination, weekly check-ins), and {@code /renewal} with its card. The forecast
 * and the processing of the renewal are the forecast workflow's, reached through the schema and its buttons.
 */
public final class RenewalWorkflow implements Workflow {
    private final List<TimelineStep> steps;
    private final RenewalSlack slack;
    private final RenewalModals modals;

    public RenewalWorkflow(SharedParts parts) {
        Set<String> leaders = parts.settings().leaders();
        RenewalViews views = new RenewalViews(parts.blockKit());
        RenewalPeople people = new RenewalPeople(parts.access());
        RenewalNotifications notifications = new RenewalNotifications(views, leaders);
        steps = List.of(new AssessmentStep(leaders, views, parts.clock()), new SavePlanStep(leaders, views),
                new CheckInStep(leaders, views));
        RenewalOverview overview = new RenewalOverview(parts.jdbi(), parts.clock(), parts.settings().timezone(), people,
                parts.accounts());
        AssessmentService assessments = new AssessmentService(parts.jdbi(), parts.clock(), people, views, notifications);
        AlignmentService alignment = new AlignmentService(parts.jdbi(), parts.clock(), people, views, notifications);
        PlanService plans = new PlanService(parts.jdbi(), parts.clock(), people, views, notifications);
        ChangeReplies replies = new ChangeReplies(parts.responses(), parts.blockKit(),
                (accountId, viewer) -> overview.card(accountId, viewer).map(views::card));
        slack = new RenewalSlack(overview, assessments, alignment, plans, views, replies);
        modals = new RenewalModals(assessments, alignment, plans, replies);
    }

    @Override
    public List<TimelineStep> steps() {
        return steps;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, RenewalDao.class, FactsDao.class);
    }

    @Override
    public void register(App app) {
        app.command(RenewalIds.COMMAND, slack::command);
        app.blockAction(RenewalIds.ACTION_OPEN_CARD, slack::openCard);
        app.blockAction(RenewalIds.ACTION_ASSESS, slack::assess);
        app.blockAction(RenewalIds.ACTION_AGREE, slack::agree);
        app.blockAction(RenewalIds.ACTION_CHANGE, slack::change);
        app.blockAction(RenewalIds.ACTION_SAVE_PLAN, slack::savePlan);
        app.blockAction(RenewalIds.ACTION_CHECK_IN, slack::checkIn);
        app.viewSubmission(RenewalIds.ASSESSMENT_MODAL, modals::assessment);
        app.viewSubmission(RenewalIds.CHANGE_MODAL, modals::change);
        app.viewSubmission(RenewalIds.SAVE_PLAN_MODAL, modals::savePlan);
        app.viewSubmission(RenewalIds.CHECK_IN_MODAL, modals::checkIn);
    }
}
