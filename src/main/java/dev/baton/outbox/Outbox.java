package dev.baton.outbox;

import com.google.gson.JsonObject;
import dev.baton.config.LogContext;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Queues automatic deliveries inside the caller's transaction, so they happen if and only if it commits. */
public final class Outbox {
    /** Slack's chat.postMessage allows about one message per second per channel. */
    public static final Duration CHANNEL_PACE = Duration.ofSeconds(1);
    /** A chat.postMessage; the payload holds {@code text} and {@code blocks}. */
    public static final String SLACK_POST = "slack.post";
    /** A chat.update of a keyed post; the payload holds the new {@code text} and {@code blocks}. */
    public static final String SLACK_UPDATE = "slack.update";
    /** An email over SMTP; the payload is an {@link Email}. */
    public static final String EMAIL = "email";
    /**
     * A files upload (v2); the payload holds {@code filename}, {@code title}, {@code initial_comment} and
     * {@code channel}, the bytes are in {@code outbox_file}. With a target key the file goes to the channel
     * where that keyed post went, so a channel configured by {@code #name} works (uploads need an id).
     */
    public static final String SLACK_FILE = "slack.file";

    private Outbox() {
    }

    /**
     * Queues a Slack post of {@code message} (a Block Kit message object) to a channel or user id;
     * a second call with the same dedupe key is ignored.
     */
    public static boolean post(Handle handle, String dedupeKey, String channel, JsonObject message, Instant now) {
        return postAt(handle, dedupeKey, channel, null, message, now, now);
    }

    /**
     * Queues a post sent no earlier than {@code notBefore} (a reminder held for the recipient's working hours).
     * A {@code targetKey} names the message so {@link #update} can later edit it in place.
     */
    public static boolean postAt(Handle handle, String dedupeKey, String channel, String targetKey,
                                 JsonObject message, Instant notBefore, Instant now) {
        return handle.attach(OutboxDao.class)
                .enqueue(dedupeKey, SLACK_POST, channel, targetKey, message.toString(), notBefore, now, LogContext.requestId()) == 1;
    }

    /** Queues an email; only call this when SMTP is configured (otherwise hand the draft to a person in Slack). */
    public static boolean email(Handle handle, String dedupeKey, Email email, Instant now) {
        return handle.attach(OutboxDao.class).enqueue(dedupeKey, EMAIL, String.join(", ", email.to()), null,
                email.toJson(), now, now, LogContext.requestId()) == 1;
    }

    /** Queues an email sent no earlier than {@code notBefore} (a customer's working hours); same rules as {@link #email}. */
    public static boolean emailAt(Handle handle, String dedupeKey, Email email, Instant notBefore, Instant now) {
        return handle.attach(OutboxDao.class).enqueue(dedupeKey, EMAIL, String.join(", ", email.to()), null,
                email.toJson(), notBefore, now, LogContext.requestId()) == 1;
    }

    /** The payload field naming the keyed post a {@link #SLACK_POST} replies to in its thread. */
    public static final String THREAD_TARGET = "thread_target";

    /**
     * Queues a reply in the thread of the post named {@code threadTargetKey}; sent once that post has gone
     * out, to the channel it went to.
     */
    public static boolean postInThread(Handle handle, String dedupeKey, String channel, String threadTargetKey,
                                       JsonObject message, Instant now) {
        JsonObject payload = message.deepCopy();
        payload.addProperty(THREAD_TARGET, threadTargetKey);
        return handle.attach(OutboxDao.class)
                .enqueue(dedupeKey, SLACK_POST, channel, null, payload.toString(), now, now, LogContext.requestId()) == 1;
    }

    /**
     * A queue for many posts in one transaction: attaching the outbox DAO costs more than the insert, so a
     * caller queuing thousands of alerts attaches it once.
     */
    public static Poster poster(Handle handle) {
        return new Poster(handle, handle.attach(OutboxDao.class));
    }

    /** Queues posts through one attached DAO; same semantics as {@link Outbox#postAt}. */
    public static final class Poster {
        private final Handle handle;
        private final OutboxDao dao;

        private Poster(Handle handle, OutboxDao dao) {
            this.handle = handle;
            this.dao = dao;
        }

        public boolean postAt(String dedupeKey, String channel, String targetKey, JsonObject message,
                              Instant notBefore, Instant now) {
            return dao.enqueue(dedupeKey, SLACK_POST, channel, targetKey, message.toString(), notBefore, now, LogContext.requestId()) == 1;
        }

        /** Queues many posts in one JDBC batch; per post, whether it was added (false: its dedupe key existed). */
        public boolean[] postAllAt(List<SlackPost> posts, Instant notBefore, Instant now) {
            int[] added = posts.isEmpty() ? new int[0] : dao.enqueueAll(posts, SLACK_POST, notBefore, now, LogContext.requestId());
            boolean[] result = new boolean[added.length];
            for (int i = 0; i < added.length; i++) {
                result[i] = added[i] == 1;
            }
            return result;
        }

        /**
         * Queues many posts in one JDBC batch, each channel's posts at its next send slots, one {@code interval}
         * apart and after the posts queued this way before ({@link PacedPosts}); per post, whether it was added.
         * Keeps the channel's row locked until the caller's transaction ends, so call it last.
         */
        public boolean[] postAllPaced(List<SlackPost> posts, Instant now, Duration interval) {
            return posts.isEmpty() ? new boolean[0] : PacedPosts.queue(handle, dao, posts, now, now, interval);
        }
    }

    /** Queues an in-place edit of the post named {@code targetKey}; sent once that post has gone out. */
    public static boolean update(Handle handle, String dedupeKey, String targetKey, JsonObject message, Instant now) {
        return handle.attach(OutboxDao.class)
                .enqueue(dedupeKey, SLACK_UPDATE, "", targetKey, message.toString(), now, now, LogContext.requestId()) == 1;
    }

    /** Queues a file shared to {@code channel} (or to where the post named {@code targetKey} went) with a comment. */
    public static boolean postFile(Handle handle, String dedupeKey, String channel, String targetKey, String filename,
                                   String title, String initialComment, byte[] content, Instant now) {
        JsonObject payload = new JsonObject();
        payload.addProperty("filename", filename);
        payload.addProperty("title", title);
        payload.addProperty("initial_comment", initialComment);
        payload.addProperty("channel", channel);
        OutboxDao dao = handle.attach(OutboxDao.class);
        if (dao.enqueue(dedupeKey, SLACK_FILE, channel, targetKey, payload.toString(), now, now, LogContext.requestId()) != 1) {
            return false;
        }
        dao.storeFile(dedupeKey, content);
        return true;
    }
}
