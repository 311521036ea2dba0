package dev.baton.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.baton.config.StartupFailure;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Says why the {@code auth.test} that Bolt makes at start-up failed. Bolt reports every failure, a network
 * error included, as "The token is invalid" and drops the cause, so Baton asks {@code auth.test} once more itself
 * and tells the network, a URL that is not Slack's, and a refused token apart.
 */
final class AuthTestFailure {
    /** auth.test's answers that mean the token itself is wrong, revoked or not allowed. */
    static final Set<String> TOKEN_ERRORS = Set.of("not_authed", "invalid_auth", "account_inactive", "token_revoked",
            "token_expired", "no_permission", "not_allowed_token_type", "org_login_required", "ekm_access_denied",
            "team_access_not_granted", "two_factor_setup_required");

    private AuthTestFailure() {
    }

    /** The one-line reason, from a second auth.test on {@code methods} (which carries the bot token). */
    public static StartupFailure diagnose(MethodsClient methods, String apiUrl, RuntimeException boltFailure) {
        try {
            AuthTestResponse answer = methods.authTest(request -> request);
            if (answer.isOk()) {
                return new StartupFailure("Slack's auth.test at " + apiUrl + " failed (" + boltFailure.getMessage()
                        + ") and then succeeded on a second try: start Baton again");
            }
            return refused(apiUrl, answer.getError());
        } catch (IOException e) {
            return new StartupFailure("cannot reach Slack's Web API at " + apiUrl + " (SLACK_API_URL): " + describe(e)
                    + ". This is a network problem (DNS, firewall, proxy or SLACK_API_URL), not SLACK_BOT_TOKEN");
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429 || status >= 500) {
                return new StartupFailure("Slack's auth.test at " + apiUrl + " answered HTTP " + status
                        + ", so SLACK_BOT_TOKEN could not be checked: start Baton again in a minute");
            }
            return new StartupFailure("SLACK_API_URL " + apiUrl + " answered auth.test with HTTP " + status
                    + ", not as Slack's Web API does: check SLACK_API_URL (this is not about SLACK_BOT_TOKEN)");
        } catch (RuntimeException e) {
            return new StartupFailure("SLACK_API_URL " + apiUrl + " did not answer auth.test as Slack's Web API does ("
                    + e.getClass().getSimpleName() + "): check SLACK_API_URL (this is not about SLACK_BOT_TOKEN)");
        }
    }

    private static StartupFailure refused(String apiUrl, String error) {
        if (TOKEN_ERRORS.contains(error)) {
            return new StartupFailure("SLACK_BOT_TOKEN was refused by Slack (auth.test answered " + error
                    + "): set it to the app's Bot User OAuth Token (xoxb-...) from OAuth & Permissions");
        }
        return new StartupFailure("Slack's auth.test at " + apiUrl + " answered " + error
                + ", so SLACK_BOT_TOKEN could not be checked: start Baton again in a minute");
    }

    /** The network error in a few words: the exception's message and, when it adds something, its cause's. */
    static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += " (" + cause.getMessage() + ")";
        }
        return text;
    }
}
