package dev.baton.churn;

import java.time.LocalDate;

/** A validated churn as recorded from Slack or the CRM; money in cents. {@code sponsor} may be null. */
public record ChurnInput(ChurnKind kind, long arrBeforeCents, long arrAfterCents, int seatsBefore, int seatsAfter,
                         LocalDate effectiveDate, String category, String reason, String sponsor) {
    public long arrLostCents() {
        return arrBeforeCents - arrAfterCents;
    }
}
