package dev.baton.usage;

import java.time.Instant;

/** An account's seat utilisation as last reported, its state, its open alert and any snooze. */
public record SeatState(long accountId, String state, Integer activeUsers, Integer seatsPurchased, Instant asOf,
                        Long alertId, Instant snoozedUntil, Instant updatedAt) {
    public boolean snoozedAt(Instant now) {
        return snoozedUntil != null && snoozedUntil.isAfter(now);
    }
}
