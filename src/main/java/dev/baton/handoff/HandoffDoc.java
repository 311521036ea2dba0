package dev.baton.handoff;

import java.time.Instant;

/** One saved version of the hand-off doc; {@code body} is the form's fields as JSON. */
public record HandoffDoc(long id, long accountId, int version, String status, String body, String savedBy,
                         Instant savedAt) {
    public static final String DRAFT = "draft";
    public static final String FINAL = "final";
}
