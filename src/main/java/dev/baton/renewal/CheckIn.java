package dev.baton.renewal;

import java.time.Instant;

/** The TA's weekly check-in on a yellow or red renewal: progress, corrective action and the trend. */
public record CheckIn(long id, long cycleId, Instant at, String actor, String progress, String correctiveAction,
                      String trend) {
    static final java.util.List<String> TRENDS = java.util.List.of("on_track", "at_risk", "off_track");

    /** The day of the check-in (UTC). */
    public String date() {
        return at.toString().substring(0, 10);
    }

    public String trendLabel() {
        return switch (trend) {
            case "on_track" -> "On track";
            case "at_risk" -> "At risk";
            default -> "Off track";
        };
    }
}
