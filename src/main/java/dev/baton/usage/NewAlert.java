package dev.baton.usage;

import java.time.Instant;

/** A usage alert about to be stored (the columns {@code addAlert.sql} binds). */
public record NewAlert(String kind, long accountId, String featureKey, String feature, Instant happenedAt,
                Integer usersCount, Integer activeUsers, Integer seatsPurchased) {
    static NewAlert firstUse(FirstUse use, int usersSoFar) {
        return new NewAlert(UsageAlert.FIRST_USE, use.accountId(), use.featureKey(), use.feature(), use.firstAt(),
                usersSoFar, null, null);
    }
}
