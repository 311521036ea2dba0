package dev.baton.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Monday to Friday, 09:00 to 18:00, in a given time zone: when people expect to be reminded. */
public final class WorkingHours {
    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(18, 0);

    private WorkingHours() {
    }

    public static boolean contains(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return !weekend(local.getDayOfWeek()) && !time.isBefore(START) && time.isBefore(END);
    }

    /** {@code at} itself when it is in working hours, else the start of the next working period. */
    public static Instant next(Instant at, ZoneId zone) {
        if (contains(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime day = local.toLocalTime().isBefore(START) ? local : local.plusDays(1);
        day = day.with(START);
        while (weekend(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.toInstant();
    }

    /** The start of the working day on {@code date} in {@code zone}, or of the next working day after a weekend. */
    public static Instant morningOf(LocalDate date, ZoneId zone) {
        return next(date.atTime(START).atZone(zone).toInstant(), zone);
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
