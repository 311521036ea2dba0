package dev.baton.accounthealth;

import java.util.List;

/** The trend of a score: up, down or flat against the week before's snapshot (within 2 points is flat). */
final class HealthTrend {
    static final int FLAT_WITHIN = 2;

    private HealthTrend() {
    }

    /** From snapshots newest first: this week's against last week's; flat with fewer than two. */
    static String arrow(List<HealthWeek> newestFirst) {
        if (newestFirst.size() < 2) {
            return "flat";
        }
        return arrow(newestFirst.get(0).score(), newestFirst.get(1).score());
    }

    static String arrow(Integer now, Integer before) {
        if (now == null || before == null || Math.abs(now - before) < FLAT_WITHIN) {
            return "flat";
        }
        return now > before ? "up" : "down";
    }
}
