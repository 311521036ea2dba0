package dev.baton.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One line of the {@code /renewal} list: an account renewing soon, with its cycle as far as it has gone. */
public record RenewalRow(long accountId, String name, LocalDate renewalDate, Long arrCents, Long cycleId, String rating,
                         Instant ratingAgreedAt, String forecastOutcome, Long forecastArrAfterCents,
                         String forecastRating, String assessmentStatus, String overallRating, long savePlans,
                         Instant lastCheckIn) {

    /** {@code 15000001} → {@code $150,000.01}. */
    static String dollars(Long cents) {
        return cents == null ? null : String.format(java.util.Locale.US, "$%,.2f", java.math.BigDecimal.valueOf(cents, 2));
    }

    /** What is overdue on {@code today}, in the order the process runs; empty when nothing is. */
    public List<String> overdue(LocalDate today, Instant now) {
        List<String> overdue = new ArrayList<>();
        boolean assessed = Assessment.SUBMITTED.equals(assessmentStatus) || Assessment.AGREED.equals(assessmentStatus);
        if (!assessed && rating == null && !today.isBefore(AssessmentStep.dueDate(renewalDate))) {
            overdue.add("assessment");
        } else if (Assessment.SUBMITTED.equals(assessmentStatus) || Assessment.RETURNED.equals(assessmentStatus)) {
            overdue.add("rating not agreed");
        }
        if (Rating.YELLOW.code().equals(rating) && savePlans == 0) {
            overdue.add("save plan");
        }
        if (rating != null && !rating.equals(Rating.GREEN.code()) && ratingAgreedAt != null
                && CheckInStep.overdue(lastCheckIn != null && lastCheckIn.isAfter(ratingAgreedAt) ? lastCheckIn : ratingAgreedAt, now)) {
            overdue.add("check-in");
        }
        if (rating != null && !rating.equals(forecastRating)) {
            overdue.add("forecast");
        }
        if (today.isAfter(renewalDate)) {
            overdue.add("processing");
        }
        return overdue;
    }
}
