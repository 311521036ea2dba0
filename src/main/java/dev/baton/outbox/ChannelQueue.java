package dev.baton.outbox;

import java.time.Duration;
import java.time.Instant;

/** A channel's row of outbox_channel as a bulk queue sees it: when it frees up, the last slot queued in bulk. */
public record ChannelQueue(Instant nextSendAt, Instant queuedUntil) {
    /** The first send slot for posts queued now: once the channel frees and after the posts queued before. */
    Instant firstSlot(Instant notBefore, Duration interval) {
        Instant first = nextSendAt.isAfter(notBefore) ? nextSendAt : notBefore;
        if (queuedUntil != null && queuedUntil.plus(interval).isAfter(first)) {
            first = queuedUntil.plus(interval);
        }
        return first;
    }
}
