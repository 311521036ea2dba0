package dev.baton.churn;

import java.time.LocalDate;

/** A validated churn as recorded from Slack or the CRM; money in cents. {@code sponsor} may be null. */
public record ChurnInput(String kind, long arrBeforeCents, long arrAfterCents, int seatsBefore, int seatsAfter,
                         LocalDate effectiveDate, String category, String reason, String sponsor) {
    public static final String FULL = "full";
    public static final String PARTIAL = "partial";

    public long arrLostCents() {
        return arrBeforeCents - arrAfterCents;
    }
}
