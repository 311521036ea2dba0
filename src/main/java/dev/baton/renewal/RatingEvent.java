package dev.baton.renewal;

import java.time.Instant;

/** One step in a rating's history: submitted by the TA, agreed or changed by the AE's manager. */
public record RatingEvent(long id, long cycleId, Instant at, String actor, String action, String rating, String reason) {
    public static final String SUBMITTED = "submitted";
    public static final String AGREED = "agreed";
    public static final String CHANGED = "changed";
}
