package dev.baton.forecast;

import dev.baton.account.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A renewal cycle with what the forecast and processing need of its account (money in cents). */
public record RenewalCycle(long id, long accountId, String accountName, String crmId, String ae, String aeManager,
                           Long arrCents, Integer seats, LocalDate renewalDate, String status, String rating,
                           String forecastOutcome, Long forecastArrAfterCents, String forecastReason, String forecastBy,
                           Instant forecastAt, String forecastRating, String processedOutcome, LocalDate processedOn,
                           Long churnId) {
    public static final String OPEN = "open";
    public static final String PROCESSED = "processed";

    public boolean open() {
        return OPEN.equals(status);
    }

    public long currentArrCents() {
        return arrCents == null ? 0 : arrCents;
    }

    public String arr() {
        return Money.dollars(currentArrCents());
    }

    /** The projected ARR after, for the views; empty when the forecast names none. */
    public String forecastArrAfter() {
        return forecastArrAfterCents == null ? "" : Money.dollars(forecastArrAfterCents);
    }

    public String forecastLabel() {
        return forecastOutcome == null ? "" : Outcome.labelOf(forecastOutcome);
    }
}
