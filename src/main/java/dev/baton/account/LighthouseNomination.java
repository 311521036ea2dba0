package dev.baton.account;

import java.time.Instant;

/** An account's nomination for the Lighthouse churn-save program (made by a red renewal rating, say). */
public record LighthouseNomination(long id, long accountId, Long cycleId, String nominatedBy, Instant nominatedAt,
                                   String reason, String status) {
    public static final String NOMINATED = "nominated";
    public static final String ENROLLED = "enrolled";
}
