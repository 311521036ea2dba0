package dev.baton.outbox;

import java.time.Instant;

/** A Slack post queued in bulk with its own send slot. */
record QueuedPost(String dedupeKey, String channel, String targetKey, String payload, Instant notBefore) {
    static QueuedPost of(SlackPost post, Instant notBefore) {
        return new QueuedPost(post.dedupeKey(), post.channel(), post.targetKey(), post.payload(), notBefore);
    }
}
