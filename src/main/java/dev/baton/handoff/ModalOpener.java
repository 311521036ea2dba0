package dev.baton.handoff;

import com.slack.api.methods.MethodsClient;
import dev.baton.slack.ResponseUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a modal while the trigger id lives; when Slack refuses, says so where the button was. */
final class ModalOpener {
    private static final Logger log = LoggerFactory.getLogger(ModalOpener.class);

    private final ResponseUrls responses;
    private final HandoffViews views;

    ModalOpener(ResponseUrls responses, HandoffViews views) {
        this.responses = responses;
        this.views = views;
    }

    void open(MethodsClient client, String triggerId, String view, String responseUrl) {
        try {
            var opened = client.viewsOpen(r -> r.triggerId(triggerId).viewAsString(view));
            if (!opened.isOk()) {
                log.warn("views.open failed: {}", opened.getError());
                responses.reply(responseUrl, views.notice("Slack would not open the form (" + opened.getError() + ")."));
            }
        } catch (Exception e) {
            log.warn("views.open failed: {}", e.toString());
            responses.reply(responseUrl, views.notice("Slack would not open the form. Please try again."));
        }
    }
}
