package dev.baton.outbox;

import dev.baton.store.PlainJdbc;
import dev.baton.config.LogContext;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Queues many posts with their send slots assigned at once: each channel's posts take the slots after its
 * last bulk-queued post (outbox_channel.queued_until), one {@code interval} apart. Without this a batch of
 * thousands of alerts was due at once and the sender rewrote every row to spread them over the slots,
 * competing with the transactions queuing more. The sender still takes each slot before sending, so pacing
 * holds even where the assigned slots are off (a second instance, a restart, a post queued singly).
 */
final class PacedPosts {
    private static final Instant EPOCH = Instant.EPOCH;
    /** The DAO's own insert, as one plain JDBC batch ({@link PlainJdbc}): alerts are queued by the thousand. */
    private static final PlainJdbc.Statement ENQUEUE = PlainJdbc.statement(OutboxDao.class, "enqueue");

    private PacedPosts() {
    }

    /** Per post, whether it was added (false: its dedupe key existed). */
    static boolean[] queue(Handle handle, OutboxDao dao, List<SlackPost> posts, Instant notBefore, Instant now, Duration interval) {
        // channels are locked in name order, so two transactions queuing to the same channels cannot deadlock
        Map<String, Instant> next = new TreeMap<>();
        for (SlackPost post : posts) {
            next.put(post.channel(), null);
        }
        for (Map.Entry<String, Instant> channel : next.entrySet()) {
            dao.openChannel(channel.getKey(), EPOCH);
            channel.setValue(dao.lockChannelQueue(channel.getKey()).firstSlot(notBefore, interval));
        }
        List<QueuedPost> queued = new ArrayList<>(posts.size());
        for (SlackPost post : posts) {
            Instant slot = next.get(post.channel());
            queued.add(QueuedPost.of(post, slot));
            next.put(post.channel(), slot.plus(interval));
        }
        Timestamp createdAt = Timestamp.from(now);
        String requestId = LogContext.requestId();
        int[] counts = PlainJdbc.batch(handle, ENQUEUE, queued, (params, post) -> params
                .set("dedupeKey", post.dedupeKey()).set("kind", Outbox.SLACK_POST).set("channel", post.channel())
                .set("targetKey", post.targetKey()).set("payload", post.payload()).set("notBefore", post.notBefore())
                .set("now", createdAt).set("requestId", requestId));
        return added(dao, queued, counts);
    }

    /** Records, per channel, the slot of its last post that was added (one not added leaves its slot unused). */
    private static boolean[] added(OutboxDao dao, List<QueuedPost> queued, int[] counts) {
        boolean[] added = new boolean[counts.length];
        Map<String, Instant> last = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            added[i] = counts[i] == 1;
            if (added[i]) {
                last.put(queued.get(i).channel(), queued.get(i).notBefore());
            }
        }
        last.forEach(dao::queueChannelUntil);
        return added;
    }
}
