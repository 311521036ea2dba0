package dev.baton.outbox;

import com.google.gson.JsonObject;
import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Queues automatic deliveries inside the caller's transaction, so they happen if and only if it commits. */
public final class Outbox {
    /** A chat.postMessage; the payload holds {@code text} and {@code blocks}. */
    public static final String SLACK_POST = "slack.post";

    private Outbox() {
    }

    /**
     * Queues a Slack post of {@code message} (a Block Kit message object) to a channel or user id;
     * a second call with the same dedupe key is ignored.
     */
    public static boolean post(Handle handle, String dedupeKey, String channel, JsonObject message, Instant now) {
        return handle.attach(OutboxDao.class)
                .enqueue(dedupeKey, SLACK_POST, channel, message.toString(), now) == 1;
    }
}
