package dev.baton.usage;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.function.LongFunction;

import com.slack.api.bolt.App;
import dev.baton.account.AccountAccess;
import dev.baton.api.ApiAuth;
import dev.baton.config.Settings;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.render.BlockKit;
import dev.baton.slack.ResponseUrls;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** Wires usage ingestion and the usage alerts' buttons onto the app. */
public final class UsageWorkflow {
    private UsageWorkflow() {
    }

    public static void register(App app, Jdbi jdbi, Settings settings, Clock clock, BlockKit blockKit,
                                ResponseUrls responses, ApiAuth apiAuth, LongFunction<Optional<JsonObject>> accountCard,
                                SendTimeRenders renders) {
        UsageViews views = new UsageViews(blockKit, settings.timezone());
        UsageAlerts alerts = new UsageAlerts(views, settings.usageChannel());
        renders.add(UsageAlerts.FIRST_USE_RENDER, alerts::firstUseMessage);
        SeatThresholds thresholds = new SeatThresholds(settings.usageUnderUsedBelowPercent(),
                settings.usageNearLimitAtPercent(), settings.usageGraceDays());
        new UsageApi(apiAuth, new UsageIngest(jdbi, clock, alerts),
                new SeatUtilisation(jdbi, clock, thresholds, alerts), clock).register(app);
        new UsageSlack(new UsageActions(jdbi, new AccountAccess(settings.leaders()), views, clock), accountCard, views, responses)
                .register(app);
    }
}
