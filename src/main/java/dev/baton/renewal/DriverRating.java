package dev.baton.renewal;

/** One driver of an assessment: its rating (green, yellow, red) and the TA's note. */
public record DriverRating(long cycleId, String driver, String rating, String note) {
}
