package dev.baton.workflow;

import com.slack.api.methods.MethodsClient;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountCards;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountDirectory;
import dev.baton.account.HealthDirtyDao;
import dev.baton.api.ApiAuth;
import dev.baton.audit.AuditDao;
import dev.baton.config.Settings;
import dev.baton.metrics.BatonMetrics;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.slack.ResponseUrls;
import dev.baton.timeline.DueStepDao;
import dev.baton.timeline.QuietHoursDao;
import dev.baton.timeline.StepForms;
import dev.baton.timeline.UserZoneDao;
import dev.baton.timeline.UserZones;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * What every workflow is built from: the one of each that Baton makes at start and all workflows share.
 *
 * @param renders        the outbox's renders of posts queued by reference, which a workflow adds to
 * @param accountChanges the timeline's hook, told of every account change in the transaction that made it
 * @param accountCards   the account card behind other workflows' "Open account" buttons
 * @param responders     where follow-ups to Slack requests run once the request is acknowledged
 * @param metrics        what {@code GET /metrics} shows, for the few parts that measure something
 * @param stepForms      every workflow's due steps' forms, for the parts that list steps outside their reminders
 * @param methods        the Slack Web API with the bot token, for work no request started (App Home refreshes)
 */
public record SharedParts(
        Settings settings,
        Clock clock,
        Jdbi jdbi,
        Templates templates,
        BlockKit blockKit,
        SendTimeRenders renders,
        AccountAccess access,
        AccountDirectory accounts,
        AccountChanges accountChanges,
        AccountCards accountCards,
        ResponseUrls responses,
        ExecutorService responders,
        UserZones zones,
        ApiAuth apiAuth,
        BatonMetrics metrics,
        StepForms stepForms,
        MethodsClient methods) {

    /** The DAOs of the parts and engines beneath the workflows (each workflow names its own). */
    public static final List<Class<?>> DAOS = List.of(AccountDao.class, HealthDirtyDao.class, AuditDao.class,
            OutboxDao.class, DueStepDao.class, UserZoneDao.class, QuietHoursDao.class);
}
