package dev.baton.journey;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * When a journey email may go to a contact: Monday to Friday 09:00 to 18:00 in the contact's own time zone (or
 * {@code BATON_TIMEZONE} where it is not known), on a day no other journey email goes to the same contact.
 */
final class SendWindow {
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);
    private static final int DAYS_AHEAD = 60;

    /** The day and time to send: the first working day from now, in hours, on which {@code taken} is false. */
    record Slot(LocalDate day, Instant at) {
    }

    static Slot next(Instant now, ZoneId zone, Predicate<LocalDate> taken) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(CLOSES)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (workingDay(day) && !taken.test(day)) {
                Instant opens = day.atTime(OPENS).atZone(zone).toInstant();
                return new Slot(day, opens.isAfter(now) ? opens : now);
            }
        }
        return null;
    }

    static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate firstWorkingDay(LocalDate anyDayOfMonth) {
        LocalDate day = anyDayOfMonth.withDayOfMonth(1);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static ZoneId zoneOf(String timeZone, ZoneId fallback) {
        if (timeZone == null || timeZone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
