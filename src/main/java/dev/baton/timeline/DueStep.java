package dev.baton.timeline;

import java.time.Instant;

/** One step of an account's timeline: due at a time, pending until done, escalated or dropped. */
public record DueStep(long id, long accountId, String step, Instant dueAt, String status, int remindersSent,
                      Instant closedAt, String closedBy) {
    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String ESCALATED = "escalated";
    public static final String GONE = "gone";
}
