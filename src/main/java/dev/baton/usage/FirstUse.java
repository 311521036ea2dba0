package dev.baton.usage;

import java.time.Instant;

/** The earliest use of a feature by an account seen in one batch (or stored): one row of usage_first_use. */
public record FirstUse(long accountId, String featureKey, String feature, Instant firstAt) {
    /** The row's key, {@code <account id>:<feature key>} (migration V7 builds the same for older rows). */
    public String pairKey() {
        return accountId + ":" + featureKey;
    }
}
