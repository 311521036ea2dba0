package dev.baton.journey;

import java.time.LocalDate;

/** One journey email to one contact, and what became of it. */
public record JourneyMessage(long id, long accountId, long contactId, String journey, String step, String occurrence,
                             String email, LocalDate sendDay, String outboxKey, String status, String statusNote) {
    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String BOUNCED = "bounced";
    public static final String FAILED = "failed";
}
