package dev.baton.churn;

import java.time.Instant;

/** A churn retro row: who runs it, how far it got, and the doc's sections as saved so far. */
public record Retro(long churnId, RetroStatus status, String sponsor, String ta, String summary, String timelineText,
                    String whatHappened, String agreedCategory, String agreedReason, String lessons, int version,
                    String updatedBy, Instant updatedAt, String reviewedBy, Instant reviewedAt) {
    public String statusLabel() {
        return status.label();
    }

    public boolean editable() {
        return status.editable();
    }
}
