package dev.baton.usage;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.account.AlertSettingDao;
import dev.baton.config.Settings;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;

/** Usage alerts: the ingestion API for usage events and seat reports, first uses, seat states, the alert buttons. */
public final class UsageWorkflow implements Workflow {
    private final UsageAlerts alerts;
    private final SendTimeRenders renders;
    private final UsageApi api;
    private final UsageSlack slack;

    public UsageWorkflow(SharedParts parts) {
        Settings settings = parts.settings();
        UsageViews views = new UsageViews(parts.blockKit(), settings.timezone());
        alerts = new UsageAlerts(views, settings.usageChannel(), parts.zones()::nextAwake);
        renders = parts.renders();
        SeatThresholds thresholds = new SeatThresholds(settings.usageUnderUsedBelowPercent(),
                settings.usageNearLimitAtPercent(), settings.usageGraceDays());
        api = new UsageApi(parts.apiAuth(), new UsageIngest(parts.jdbi(), parts.clock(), alerts),
                new SeatUtilisation(parts.jdbi(), parts.clock(), thresholds, alerts), parts.clock(), parts.metrics());
        slack = new UsageSlack(new UsageActions(parts.jdbi(), parts.access(), views, parts.clock()),
                parts.accountCards(), views, parts.responses());
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, UsageDao.class, AlertSettingDao.class);
    }

    @Override
    public void register(App app) {
        renders.add(UsageAlerts.FIRST_USE_RENDER, alerts::firstUseMessage);
        renders.add(OwnerAlerts.FIRST_USE_DM_RENDER, alerts::firstUseOwnerMessage);
        app.endpoint("POST", "/api/usage-events", (req, ctx) -> api.events(req));
        app.endpoint("POST", "/api/seat-usage", (req, ctx) -> api.seatUsage(req));
        app.blockAction(UsageIds.ACTION_ACKNOWLEDGE, slack::acknowledge);
        app.blockAction(UsageIds.ACTION_SNOOZE, slack::snooze);
        app.blockAction(UsageIds.ACTION_MUTE_FEATURE, (req, ctx) -> slack.mute(req, ctx, UsageMute.FEATURE, true));
        app.blockAction(UsageIds.ACTION_UNMUTE_FEATURE, (req, ctx) -> slack.mute(req, ctx, UsageMute.FEATURE, false));
        app.blockAction(UsageIds.ACTION_MUTE_ACCOUNT, (req, ctx) -> slack.mute(req, ctx, UsageMute.ACCOUNT, true));
        app.blockAction(UsageIds.ACTION_UNMUTE_ACCOUNT, (req, ctx) -> slack.mute(req, ctx, UsageMute.ACCOUNT, false));
        app.blockAction(UsageIds.ACTION_OPEN_ACCOUNT, slack::openAccount);
    }
}
