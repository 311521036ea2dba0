package dev.baton.outbox;

import java.time.Instant;

/**
 * One outbox row: what to deliver, where, and how delivery has gone so far. {@code doubtSince} is set while an
 * earlier attempt may have reached Slack unrecorded (see {@link PostedCheck}); {@code requestId} names the Slack
 * request that queued it, if one did.
 */
public record OutboxMessage(long id, String dedupeKey, String kind, String channel, String targetKey, String payload,
                            String status, int attempts, Instant nextAttemptAt, String lastError, String sentChannel,
                            String sentTs, Instant createdAt, Instant sentAt, Instant doubtSince,
                            String requestId) {
    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String DEAD = "dead";
    public static final String DROPPED = "dropped";
    /** An email whose address the mail server refused permanently ({@link Email#bounceable()}). */
    public static final String BOUNCED = "bounced";

    OutboxMessage withPayload(String newPayload) {
        return new OutboxMessage(id, dedupeKey, kind, channel, targetKey, newPayload, status, attempts, nextAttemptAt,
                lastError, sentChannel, sentTs, createdAt, sentAt, doubtSince, requestId);
    }
}
