package dev.baton.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Working-hours instants counted from a frozen now, so a test that starts at one or jumps to one does the same on
 * every date: Baton reminds only Monday to Friday, 09:00 to 18:00 in each person's zone.
 */
public final class WorkingDays {
    /**
     * 15:00 UTC is in working hours in UTC, London and Berlin, and in New York (where the fake Slack puts every
     * user: 10:00 or 11:00 there), in winter and in summer time alike.
     */
    public static final LocalTime AFTERNOON_UTC = LocalTime.of(15, 0);

    private WorkingDays() {
    }

    /** A test's frozen now: 15:00 UTC today, or on the Monday after when today is a Saturday or a Sunday. */
    public static Instant today() {
        return after(Instant.now(), 0);
    }

    /**
     * 15:00 UTC on the {@code n}th working day after {@code from}'s (UTC) date; for 0, that date itself, or the
     * Monday after when it falls on a weekend.
     */
    public static Instant after(Instant from, int n) {
        LocalDate day = weekday(LocalDate.ofInstant(from, ZoneOffset.UTC));
        for (int i = 0; i < n; i++) {
            day = weekday(day.plusDays(1));
        }
        return day.atTime(AFTERNOON_UTC).toInstant(ZoneOffset.UTC);
    }

    /** The UTC date of {@code instant}, as a date picker in a test would give it. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekday = weekday.plusDays(1);
        }
        return weekday;
    }
}
