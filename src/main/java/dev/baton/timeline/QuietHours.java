package dev.baton.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a person wants no reminder or DM from Baton: every evening from {@code from} until {@code until} the next
 * morning in their zone, and all weekend when {@code weekendsQuiet}. The default is the working hours' complement
 * (18:00 to 09:00 and weekends); a person may set their own in App Home.
 */
public record QuietHours(LocalTime from, LocalTime until, boolean weekendsQuiet) {
    public static final QuietHours WORKING_HOURS = new QuietHours(WorkingHours.END, WorkingHours.START, true);

    public QuietHours {
        if (!until.isBefore(from)) {
            throw new IllegalArgumentException("quiet hours must start (" + from + ") after they end (" + until + ")");
        }
    }

    /** Quiet hours from minutes of the day; {@code fromMinute} 1440 means midnight at the end of the day. */
    public static QuietHours ofMinutes(int fromMinute, int untilMinute, boolean weekendsQuiet) {
        LocalTime from = fromMinute >= 1440 ? LocalTime.MAX : LocalTime.ofSecondOfDay(fromMinute * 60L);
        return new QuietHours(from, LocalTime.ofSecondOfDay(untilMinute * 60L), weekendsQuiet);
    }

    public int fromMinute() {
        return from.equals(LocalTime.MAX) ? 1440 : from.getHour() * 60 + from.getMinute();
    }

    public int untilMinute() {
        return until.getHour() * 60 + until.getMinute();
    }

    /** Whether a reminder may reach the person at {@code at}. */
    public boolean awake(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return !restDay(local.getDayOfWeek()) && !time.isBefore(until) && time.isBefore(from);
    }

    /** {@code at} itself when the person is awake then, else when their quiet hours end. */
    public Instant next(Instant at, ZoneId zone) {
        if (awake(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime day = local.toLocalTime().isBefore(until) ? local : local.plusDays(1);
        day = day.with(until);
        while (restDay(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.toInstant();
    }

    /** The start of the person's day on {@code date}, or of the next day they are not resting. */
    public Instant morningOf(LocalDate date, ZoneId zone) {
        return next(date.atTime(until).atZone(zone).toInstant(), zone);
    }

    private boolean restDay(DayOfWeek day) {
        return weekendsQuiet && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
    }
}
