package dev.baton.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** When seat utilisation is a concern: under-used below a share after a grace period, near the limit above one. */
public record SeatThresholds(int underUsedBelowPercent, int nearLimitAtPercent, int graceDays) {
    public static final String HEALTHY = "healthy";
    public static final String UNDER_USED = "under_used";
    public static final String NEAR_LIMIT = "near_limit";

    /** The state of a report: near the limit first (an expansion talk), then under-used once the grace is over. */
    public String stateOf(SeatReport report, LocalDate closedWon) {
        long active = report.activeUsers();
        long seats = report.seatsPurchased();
        if (active * 100 >= nearLimitAtPercent * seats) {
            return NEAR_LIMIT;
        }
        LocalDate asOf = LocalDate.ofInstant(report.asOf(), ZoneOffset.UTC);
        boolean graceOver = closedWon != null && !asOf.isBefore(closedWon.plusDays(graceDays));
        return graceOver && active * 100 < underUsedBelowPercent * seats ? UNDER_USED : HEALTHY;
    }
}
