package dev.baton.handoff;

import com.slack.api.bolt.App;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountCards;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.config.Settings;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/**
 * The pre-to-post-sales hand-off: {@code /handoff} and its card, the doc and knowledge transfer, the close and the
 * hand-over, their steps before and after the close; and the account card other workflows open.
 */
public final class HandoffWorkflow implements Workflow {
    private final List<TimelineStep> steps;
    private final HandoffReplies replies;
    private final HandoffSlack start;
    private final HandoffWorkSlack work;
    private final HandoffCloseSlack close;
    private final AccountCards accountCards;

    public HandoffWorkflow(SharedParts parts) {
        accountCards = parts.accountCards();
        Settings settings = parts.settings();
        Jdbi jdbi = parts.jdbi();
        Clock clock = parts.clock();
        AccountAccess access = parts.access();
        AccountChanges changes = parts.accountChanges();
        boolean mail = settings.mail().isPresent();
        HandoffViews views = new HandoffViews(parts.blockKit(), parts.templates());
        steps = HandoffSteps.all(settings.leaders(), views, clock);
        HandoffService service = new HandoffService(jdbi, access, clock, changes, views);
        replies = new HandoffReplies(parts.responses(), views, service);
        start = new HandoffSlack(service, parts.accounts(), views, replies);
        work = new HandoffWorkSlack(service, new HandoffWork(jdbi, access, clock, settings.timezone(), views, mail),
                views, replies, clock);
        Welcome welcome = new Welcome(jdbi, access, clock, views, mail, settings.journeys().links());
        close = new HandoffCloseSlack(service,
                new HandoffClose(jdbi, access, clock, settings.timezone(), service, welcome, changes),
                new Handover(jdbi, access, clock, views, changes, settings.expandTeam()), welcome, views,
                replies, clock, settings.timezone());
    }

    @Override
    public List<TimelineStep> steps() {
        return steps;
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, HandoffDao.class);
    }

    @Override
    public void register(App app) {
        accountCards.provide(replies::card);
        app.command(HandoffIds.COMMAND, start::command);
        app.viewSubmission(HandoffIds.START_MODAL, start::submitStart);
        app.viewSubmission(HandoffIds.ASSIGN_MODAL, start::submitAssign);
        app.blockAction(HandoffIds.ACTION_OPEN, start::openButton);
        app.blockAction(HandoffIds.ACTION_ASSIGN, start::assignButton);
        app.blockAction(HandoffIds.ACTION_SHARE, start::shareButton);
        app.blockAction(HandoffIds.ACTION_DOC, work::docButton);
        app.blockAction(HandoffIds.ACTION_KT, work::knowledgeTransferButton);
        app.viewSubmission(HandoffIds.DOC_MODAL, work::submitDoc);
        app.viewSubmission(HandoffIds.KT_MODAL, work::submitKnowledgeTransfer);
        app.blockAction(HandoffIds.ACTION_CLOSE, close::closeButton);
        app.blockAction(HandoffIds.ACTION_LICENSE, close::licenseButton);
        app.blockAction(HandoffIds.ACTION_EXPAND, close::expandButton);
        app.blockAction(HandoffIds.ACTION_WELCOME_SENT, close::welcomeSent);
        app.viewSubmission(HandoffIds.CLOSE_MODAL, close::submitClose);
        app.viewSubmission(HandoffIds.LICENSE_MODAL, close::submitLicense);
        app.viewSubmission(HandoffIds.EXPAND_MODAL, close::submitExpand);
    }
}
