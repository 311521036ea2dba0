package dev.baton.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One account's renewal for one renewal date: its agreed rating, the AE's forecast and the processed result. */
public record Cycle(long id, long accountId, LocalDate renewalDate, String status, String rating, String ratingAgreedBy,
                    Instant ratingAgreedAt, int changesUnagreed, String forecastOutcome, Long forecastArrAfterCents,
                    String forecastReason, String forecastBy, Instant forecastAt, String forecastRating,
                    String processedOutcome, Long processedArrAfterCents, Integer processedSeatsAfter,
                    LocalDate processedOn, String processedBy, Instant processedAt, Long churnId, Instant createdAt,
                    Instant updatedAt) {
    public static final String OPEN = "open";
    public static final String PROCESSED = "processed";

    public boolean open() {
        return OPEN.equals(status);
    }

    /** The rating that stands: the one the AE's manager agreed. */
    public Optional<Rating> agreedRating() {
        return Rating.parse(rating);
    }

    /** Whether the AE still owes a forecast for the rating that stands (none yet, or made against another rating). */
    public boolean forecastDue() {
        return rating != null && !rating.equals(forecastRating);
    }
}
