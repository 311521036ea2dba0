package dev.baton.slack;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import dev.baton.render.BlockKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/** Answers through a Slack {@code response_url} after the ack, off the request thread. */
public final class ResponseUrls {
    private static final Logger log = LoggerFactory.getLogger(ResponseUrls.class);

    private final Slack slack;
    private final ExecutorService executor;

    public ResponseUrls(Slack slack, ExecutorService executor) {
        this.slack = slack;
        this.executor = executor;
    }

    /** Replaces the message the response URL belongs to (an ephemeral card updates in place). */
    public void replace(String responseUrl, JsonObject message) {
        message.addProperty("replace_original", true);
        send(responseUrl, message);
    }

    /** Posts a new ephemeral message to the user who acted. */
    public void reply(String responseUrl, JsonObject message) {
        message.addProperty("response_type", "ephemeral");
        message.addProperty("replace_original", false);
        send(responseUrl, message);
    }

    private void send(String responseUrl, JsonObject message) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return;
        }
        String json = BlockKit.toJson(message);
        executor.execute(() -> {
            try {
                var response = slack.send(responseUrl, json);
                if (response.getCode() != 200) {
                    log.warn("response_url answered {}: {}", response.getCode(), response.getBody());
                }
            } catch (Exception e) {
                log.warn("response_url failed: {}", e.toString());
            }
        });
    }
}
