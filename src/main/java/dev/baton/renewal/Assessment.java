package dev.baton.renewal;

import java.time.Instant;
import java.util.Optional;

/** The TA's health assessment of a cycle: a draft until submitted for review, then agreed or returned. */
public record Assessment(long cycleId, String status, String overallRating, String summary, String risks,
                         boolean contactsConfirmed, String missingRoleReason, String savedBy, Instant savedAt,
                         String submittedBy, Instant submittedAt) {
    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String RETURNED = "returned";
    public static final String AGREED = "agreed";

    public Optional<Rating> overall() {
        return Rating.parse(overallRating);
    }

    /** Submitted and awaiting the manager. */
    public boolean awaitingReview() {
        return SUBMITTED.equals(status);
    }

    /** Submitted at least once and not sent back since: the assessment step is done. */
    public boolean done() {
        return SUBMITTED.equals(status) || AGREED.equals(status);
    }
}
