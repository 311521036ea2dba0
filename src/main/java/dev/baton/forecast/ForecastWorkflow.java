package dev.baton.forecast;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.config.Settings;
import dev.baton.workflow.ChurnRecorder;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;
import java.util.UUID;

/**
 * The renewal forecast and processing: the AE's projected outcome of each renewal (contradictions told to the AE's
 * manager), the leaders' weekly digest, and the processed renewal from Slack and from the CRM on
 * {@code /api/renewals}, whose churns go through the churn workflow's own recording.
 */
public final class ForecastWorkflow implements Workflow {
    private final ForecastSlack slack;
    private final RenewalsApi api;
    private final WeeklyDigest digest;

    public ForecastWorkflow(SharedParts parts, ChurnRecorder churns) {
        Settings settings = parts.settings();
        ForecastViews views = new ForecastViews(parts.blockKit());
        ForecastService forecasts = new ForecastService(parts.jdbi(), parts.clock(), parts.access(), views);
        RenewalProcessing processing = new RenewalProcessing(parts.jdbi(), parts.clock(), parts.access(),
                parts.accountChanges(), churns);
        slack = new ForecastSlack(forecasts, processing, views, settings.closedLostCategories(),
                settings.churnRetroSponsor().isPresent());
        api = new RenewalsApi(parts.apiAuth(), parts.jdbi(), processing);
        List<String> recipients = settings.forecastChannel().map(List::of)
                .orElseGet(() -> settings.leaders().stream().sorted().toList());
        digest = new WeeklyDigest(parts.jdbi(), parts.clock(), settings.timezone(), recipients, views,
                "baton-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, ForecastDao.class, DigestDao.class);
    }

    @Override
    public void tick() {
        digest.tick();
    }

    @Override
    public void register(App app) {
        app.endpoint("POST", "/api/renewals", (req, ctx) -> api.handle(req));
        app.blockAction(ForecastIds.ACTION_OPEN, slack::forecastButton);
        app.blockAction(ForecastIds.ACTION_PROCESS_OPEN, slack::processButton);
        app.viewSubmission(ForecastIds.FORECAST_MODAL, slack::submitForecast);
        app.viewSubmission(ForecastIds.PROCESS_MODAL, slack::submitProcess);
    }
}
