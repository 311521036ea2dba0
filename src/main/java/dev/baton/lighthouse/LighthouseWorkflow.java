package dev.baton.lighthouse;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.config.LighthouseSettings;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.ChangeReplies;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Lighthouse churn-save program: entry (a red rating's nomination, or ad hoc), the save plan with its criteria
 * and steps on the timeline, the exec sponsor, weekly updates, the bi-weekly sync prepared in Slack, and the exit
 * agreed by sales and TS leadership; {@code /lighthouse} with its master list and card. Renewal's nomination is
 * shared through the schema (lighthouse_nomination) and {@code account}.
 */
public final class LighthouseWorkflow implements Workflow {
    private final List<TimelineStep> steps;
    private final LighthouseSlack slack;
    private final LighthouseModals modals;
    private final LighthouseServices services;

    public LighthouseWorkflow(SharedParts parts) {
        LighthouseSettings settings = parts.settings().lighthouse();
        Set<String> leaders = parts.settings().leaders();
        ZoneId zone = parts.settings().timezone();
        LighthouseViews views = new LighthouseViews(parts.blockKit());
        LighthousePeople people = new LighthousePeople(parts.access(), settings, leaders);
        SyncCalendar calendar = new SyncCalendar(settings.sync(), zone);
        Programs programs = new Programs(parts.jdbi(), parts.clock());
        steps = List.of(new PlanAskStep(views), new PlanStepsStep(views, parts.clock(), zone), new WeeklyUpdateStep(views));
        List<String> agendaTo = settings.channel().map(List::of).orElseGet(() -> new ArrayList<>(leaders));
        services = new LighthouseServices(new EntryService(parts.jdbi(), parts.clock(), people, views),
                new PlanService(parts.jdbi(), programs, people, views, zone), new SponsorService(programs, people, views),
                new UpdateService(parts.jdbi(), programs, people, views),
                new ExitService(parts.jdbi(), parts.clock(), programs, people, views),
                new SyncService(parts.jdbi(), parts.clock(), calendar, programs, people, views,
                        new SyncAgenda(views, agendaTo), "baton-lighthouse-" + UUID.randomUUID().toString().substring(0, 8)));
        LighthouseOverview overview = new LighthouseOverview(parts.jdbi(), parts.clock(), zone, parts.accounts(),
                new LighthouseCards(people, zone, calendar), calendar);
        ChangeReplies replies = new ChangeReplies(parts.responses(), parts.blockKit(),
                (accountId, viewer) -> overview.card(accountId, viewer).map(views::card));
        slack = new LighthouseSlack(overview, views, replies);
        modals = new LighthouseModals(services, replies);
    }

    @Override
    public List<TimelineStep> steps() {
        return steps;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, LighthouseDao.class);
    }

    /** Takes up the red ratings' nominations, then sends what the next sync needs now. */
    @Override
    public void tick() {
        services.entries().enrollNominated();
        services.syncs().tick();
    }

    @Override
    public void register(App app) {
        app.command(LighthouseIds.COMMAND, slack::command);
        app.blockAction(LighthouseIds.ACTION_OPEN_CARD, slack::openCard);
        app.blockAction(LighthouseIds.ACTION_NOMINATE, (req, ctx) -> slack.button(req, ctx, services.entries()::openNominate));
        app.blockAction(LighthouseIds.ACTION_PLAN, (req, ctx) -> slack.button(req, ctx, services.plans()::open));
        app.blockAction(LighthouseIds.ACTION_SPONSOR, (req, ctx) -> slack.button(req, ctx, services.sponsors()::open));
        app.blockAction(LighthouseIds.ACTION_UPDATE, (req, ctx) -> slack.button(req, ctx, services.updates()::open));
        app.blockAction(LighthouseIds.ACTION_PROPOSE_EXIT, (req, ctx) -> slack.button(req, ctx, services.exits()::open));
        app.blockAction(LighthouseIds.ACTION_NOT_YET, (req, ctx) -> slack.button(req, ctx, services.exits()::openNotYet));
        app.blockAction(LighthouseIds.ACTION_AGREE, (req, ctx) -> slack.button(req, ctx,
                (user, id, url) -> services.exits().vote(user, id, true, null)));
        app.blockAction(Pattern.compile("^" + LighthouseIds.ACTION_STEP_DONE + "-\\d+$"), (req, ctx) ->
                slack.button(req, ctx, (user, id, url) -> services.plans().stepDone(user, id)));
        app.blockAction(LighthouseIds.ACTION_SYNC_CONFIRM, (req, ctx) -> slack.button(req, ctx,
                (user, id, url) -> services.syncs().answer(user, id, true, null, null)));
        app.blockAction(LighthouseIds.ACTION_SYNC_ANSWER, (req, ctx) -> slack.button(req, ctx, services.syncs()::openAnswer));
        app.viewSubmission(LighthouseIds.NOMINATE_MODAL, modals::nominate);
        app.viewSubmission(LighthouseIds.PLAN_MODAL, modals::plan);
        app.viewSubmission(LighthouseIds.SPONSOR_MODAL, modals::sponsor);
        app.viewSubmission(LighthouseIds.UPDATE_MODAL, modals::update);
        app.viewSubmission(LighthouseIds.EXIT_MODAL, modals::exit);
        app.viewSubmission(LighthouseIds.NOT_YET_MODAL, modals::notYet);
        app.viewSubmission(LighthouseIds.ANSWER_MODAL, modals::answer);
    }
}
