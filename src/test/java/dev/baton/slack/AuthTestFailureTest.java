package dev.baton.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Why Bolt's start-up auth.test failed, told apart by asking a fake Slack that fails in each way. */
class AuthTestFailureTest {
    private static final IllegalArgumentException BOLT = new IllegalArgumentException("The token is invalid (error: x)");

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @Test
    void aRefusedTokenNamesTheTokenSetting() {
        slack.failNext("auth.test", "token_revoked");
        assertThat(diagnose(slack.apiUrl())).startsWith("Baton cannot start: SLACK_BOT_TOKEN was refused")
                .contains("token_revoked");
    }

    @Test
    void anotherErrorSaysTheTokenCouldNotBeChecked() {
        slack.failNext("auth.test", "fatal_error");
        assertThat(diagnose(slack.apiUrl())).contains("answered fatal_error").contains("could not be checked")
                .doesNotContain("was refused");
    }

    @Test
    void aServerErrorIsSlacksTroubleNotTheUrl() {
        slack.serverErrorNext("auth.test");
        assertThat(diagnose(slack.apiUrl())).contains("HTTP 500").contains("start Baton again")
                .doesNotContain("check SLACK_API_URL");
    }

    @Test
    void anAnswerThatIsNotJsonPointsAtTheUrl() {
        slack.respondNext("auth.test", "<html>a proxy's page</html>");
        assertThat(diagnose(slack.apiUrl())).contains("check SLACK_API_URL").contains("not about SLACK_BOT_TOKEN");
    }

    @Test
    void aClosedPortIsANetworkProblem() {
        String url = "http://127.0.0.1:" + BatonProcess.freePort() + "/api/";
        assertThat(diagnose(url)).contains("cannot reach Slack's Web API at " + url).contains("Connection refused")
                .contains("not SLACK_BOT_TOKEN");
    }

    @Test
    void aFailureThatDoesNotRepeatSaysSoWithBoltsMessage() {
        assertThat(diagnose(slack.apiUrl())).contains("succeeded on a second try").contains(BOLT.getMessage());
    }

    private static String diagnose(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.getMethodsConfig().setStatsEnabled(false);
        MethodsClient methods = Slack.getInstance(config).methods("xoxb-test");
        return AuthTestFailure.diagnose(methods, apiUrl, BOLT).getMessage();
    }
}
