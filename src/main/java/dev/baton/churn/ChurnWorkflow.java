package dev.baton.churn;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.config.Settings;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.ChurnRecorder;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Churn recording (from Slack and from the CRM on {@code /api/churn}) and the churn retro: its doc, review, final
 * PDF and calls to action, with their steps on the timeline.
 */
public final class ChurnWorkflow implements Workflow {
    private final List<TimelineStep> steps;
    private final ChurnRecording recording;
    private final ChurnApi api;
    private final ChurnSlack churns;
    private final RetroSlack retros;

    public ChurnWorkflow(SharedParts parts) {
        Settings settings = parts.settings();
        ChurnViews views = new ChurnViews(parts.blockKit());
        steps = List.of(new ChurnReviewCallStep(), new ChurnActionsStep(views, parts.clock(), settings.timezone()));
        RetroNotifications notifications = new RetroNotifications(views, settings.gtmReviewChannel(),
                new RetroPdf(parts.templates()), parts.zones()::learnNames);
        recording = new ChurnRecording(parts.jdbi(), parts.clock(), parts.access(),
                settings.churnRetroSponsor(), settings.closedLostCategories(), notifications);
        api = new ChurnApi(parts.apiAuth(), parts.jdbi(), recording);
        churns = new ChurnSlack(recording, parts.accounts(), views);
        retros = new RetroSlack(new RetroService(parts.jdbi(), parts.clock(), parts.access(),
                settings.closedLostCategories(), notifications, settings.timezone()), views, parts.responses(),
                parts.responders());
    }

    /** How other workflows record a churn: the same recording, rule and kickoff as {@code /api/churn}. */
    public ChurnRecorder recorder() {
        return recording;
    }

    @Override
    public List<TimelineStep> steps() {
        return steps;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, ChurnDao.class);
    }

    @Override
    public void register(App app) {
        app.endpoint("POST", "/api/churn", (req, ctx) -> api.handle(req));
        app.globalShortcut(ChurnIds.SHORTCUT, churns::shortcut);
        app.blockAction(ChurnIds.ACTION_RECORD, churns::recordButton);
        app.viewSubmission(ChurnIds.RECORD_MODAL, churns::submit);
        app.blockAction(ChurnIds.ACTION_START_RETRO, retros::startButton);
        app.blockAction(ChurnIds.ACTION_MARK_REVIEWED, retros::reviewedButton);
        app.viewSubmission(ChurnIds.RETRO_MODAL, retros::submit);
        app.blockAction(Pattern.compile("^" + ChurnIds.ACTION_CTA_DONE + "-\\d+$"), retros::actionDoneButton);
    }
}
