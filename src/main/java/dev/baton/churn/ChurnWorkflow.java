package dev.baton.churn;

import com.slack.api.bolt.App;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDirectory;
import dev.baton.api.ApiAuth;
import dev.baton.config.Settings;
import dev.baton.render.Templates;
import dev.baton.timeline.UserZones;
import dev.baton.slack.ResponseUrls;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** Wires churn recording and the retro onto the app. */
public final class ChurnWorkflow {
    private ChurnWorkflow() {
    }

    public static void register(App app, Jdbi jdbi, Settings settings, Clock clock, ChurnViews views,
                                Templates templates, ResponseUrls responses, ExecutorService responders,
                                UserZones zones) {
        RetroNotifications notifications = new RetroNotifications(views, settings.gtmReviewChannel(),
                new RetroPdf(templates), zones::learnNames);
        AccountAccess access = new AccountAccess(settings.leaders());
        ChurnRecording recording = new ChurnRecording(jdbi, clock, access,
                settings.churnRetroSponsor(), settings.closedLostCategories(), notifications);
        new ChurnApi(new ApiAuth(settings.apiToken()), jdbi, recording).register(app);
        new ChurnSlack(recording, new AccountDirectory(jdbi), views).register(app);
        new RetroSlack(new RetroService(jdbi, clock, access, settings.closedLostCategories(),
                notifications, settings.timezone()), views, responses, responders).register(app);
    }
}
