package dev.baton.outbox;

import java.time.Instant;

/**
 * When a person asked Baton to keep quiet (their own quiet hours, set in App Home): the sender holds a DM to
 * them until then, whichever workflow queued it. Kept to an interface so the outbox imports no timeline code.
 */
@FunctionalInterface
public interface QuietRecipients {
    QuietRecipients NONE = (userId, now) -> null;

    /** The end of {@code userId}'s quiet hours when {@code now} is inside them; null when they may be DM'd now. */
    Instant quietUntil(String userId, Instant now);

    /** Whether the channel is a person (a DM by user id), not a conversation. */
    static boolean person(String channel) {
        return channel != null && (channel.startsWith("U") || channel.startsWith("W"));
    }
}
