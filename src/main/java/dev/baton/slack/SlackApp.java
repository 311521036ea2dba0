package dev.baton.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.baton.config.StartupFailure;

/** Baton's one Bolt app and the Slack client under it, on the Slack Web API at {@code apiUrl}. */
public record SlackApp(Slack slack, App app, MethodsClient methods, String apiUrl) {

    /** The request signature is checked before Bolt sees a request ({@link RequestGuard}), so Bolt does not again. */
    public static SlackApp create(String apiUrl, String botToken, String signingSecret) {
        Slack slack = Slack.getInstance(config(apiUrl));
        App app = new App(AppConfig.builder().singleTeamBotToken(botToken).signingSecret(signingSecret)
                .requestVerificationEnabled(false).slack(slack).build());
        return new SlackApp(slack, app, slack.methods(botToken), apiUrl);
    }

    /**
     * Puts the replay check first on the app. Bolt asks {@code auth.test} when it adds the first middleware, so a
     * bad token, or a Slack that does not answer, fails start-up here with a {@link StartupFailure} saying why.
     */
    public void deduplicateEvents(EventDeduplication deduplication) {
        try {
            app.use(deduplication);
        } catch (RuntimeException boltAuthTestFailed) { // "The token is invalid", or an answer that is not JSON
            throw AuthTestFailure.diagnose(methods, apiUrl, boltAuthTestFailed);
        }
    }

    private static SlackConfig config(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setHttpClientReadTimeoutMillis(10_000);
        config.setHttpClientCallTimeoutMillis(15_000);
        // the SDK's call statistics (unused here) would ask auth.test for the team id before the first call, which
        // doubles the start-up check and logs its failure with a stack trace
        config.getMethodsConfig().setStatsEnabled(false);
        return config;
    }
}
