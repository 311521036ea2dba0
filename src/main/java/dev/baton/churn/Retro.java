package dev.baton.churn;

import java.time.Instant;

/** A churn retro row: who runs it, how far it got, and the doc's sections as saved so far. */
public record Retro(long churnId, String status, String sponsor, String ta, String summary, String timelineText,
                    String whatHappened, String agreedCategory, String agreedReason, String lessons, int version,
                    String updatedBy, Instant updatedAt, String reviewedBy, Instant reviewedAt) {
    /** Kicked off: sponsor and TA told, nobody has opened the doc yet. */
    public static final String KICKOFF = "kickoff";
    /** The TA is drafting the doc. */
    public static final String DRAFTING = "drafting";
    /** The doc is complete; the review call with the AE and the sponsor is to be booked and held. */
    public static final String REVIEW = "review";
    /** The sponsor marked it reviewed; the final doc is posted; calls to action are being tracked. */
    public static final String REVIEWED = "reviewed";
    /** Every call to action is done. */
    public static final String CLOSED = "closed";

    public String statusLabel() {
        return switch (status) {
            case KICKOFF -> "Kicked off: waiting for the TA to start the retro";
            case DRAFTING -> "Drafting the retro doc";
            case REVIEW -> "Doc ready: review call with the AE and the sponsor to be held";
            case REVIEWED -> "Reviewed: final doc posted, calls to action in progress";
            case CLOSED -> "Closed: every call to action is done";
            default -> status;
        };
    }

    public boolean editable() {
        return KICKOFF.equals(status) || DRAFTING.equals(status) || REVIEW.equals(status);
    }
}
