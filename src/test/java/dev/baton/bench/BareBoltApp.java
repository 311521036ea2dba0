package dev.baton.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jetty.SlackAppServer;

/** The baseline: a Bolt app on bolt-jetty that verifies the signature and only acks {@code /roles} and {@code /handoff}. */
public final class BareBoltApp {
    private BareBoltApp() {
    }

    public static void main(String[] args) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder().singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET")).slack(Slack.getInstance(slackConfig)).build());
        app.command("/roles", (req, ctx) -> ctx.ack());
        app.command("/handoff", (req, ctx) -> ctx.ack());
        new SlackAppServer(app, Integer.parseInt(System.getenv("PORT"))).start();
    }
}
