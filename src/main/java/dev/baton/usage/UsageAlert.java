package dev.baton.usage;

import java.time.Instant;

/** A usage alert as posted: what it said, and who acknowledged or snoozed it. */
public record UsageAlert(long id, String kind, long accountId, String featureKey, String feature, Instant happenedAt,
                         Integer usersCount, Integer activeUsers, Integer seatsPurchased, String acknowledgedBy,
                         Instant acknowledgedAt, String snoozedBy, Instant snoozedUntil, Instant createdAt) {
    public static final String FIRST_USE = "first_use";

    /** The outbox target key naming the alert's Slack message. */
    public String targetKey() {
        return targetKey(id);
    }

    public static String targetKey(long alertId) {
        return "usage-alert:" + alertId;
    }

    public boolean firstUse() {
        return FIRST_USE.equals(kind);
    }

    /** Active users as a whole percentage of seats purchased, for seat alerts. */
    public int utilisationPercent() {
        return activeUsers == null || seatsPurchased == null || seatsPurchased == 0 ? 0
                : (int) Math.round(100.0 * activeUsers / seatsPurchased);
    }
}
