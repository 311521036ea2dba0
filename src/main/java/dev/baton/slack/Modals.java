package dev.baton.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Opens or pushes a modal while Slack's trigger id lives (three seconds from the click), the one way every workflow
 * does it: a refusal or a failed call is logged here and handed back, so the caller can say so where the user is.
 */
public final class Modals {
    private static final Logger log = LoggerFactory.getLogger(Modals.class);

    /** Why a modal did not open: Slack's error code ({@code expired_trigger_id}, say), or null when the call failed. */
    public record Refusal(String slackError) {
        /** The line a user sees, e.g. "Slack would not open the form (expired_trigger_id). Please try again." */
        public String sentence(String what) {
            return "Slack would not open " + what + (slackError == null ? "" : " (" + slackError + ")")
                    + ". Please try again.";
        }
    }

    private Modals() {
    }

    /** Opens {@code view} (a view's JSON); empty when Slack opened it. */
    public static Optional<Refusal> open(MethodsClient client, String triggerId, String view) {
        return call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).viewAsString(view)));
    }

    /** Pushes {@code view} onto the modal the click came from; empty when Slack pushed it. */
    public static Optional<Refusal> push(MethodsClient client, String triggerId, String view) {
        return call("views.push", () -> client.viewsPush(r -> r.triggerId(triggerId).viewAsString(view)));
    }

    private interface ViewCall {
        SlackApiTextResponse send() throws Exception;
    }

    private static Optional<Refusal> call(String method, ViewCall call) {
        try {
            SlackApiTextResponse answer = call.send();
            if (answer.isOk()) {
                return Optional.empty();
            }
            log.warn("{} failed: {}", method, answer.getError());
            return Optional.of(new Refusal(answer.getError()));
        } catch (Exception e) {
            log.warn("{} failed: {}", method, e.toString());
            return Optional.of(new Refusal(null));
        }
    }
}
