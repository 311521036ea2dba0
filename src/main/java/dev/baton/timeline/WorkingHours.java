package dev.baton.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Monday to Friday, 09:00 to 18:00, in a given time zone: when people expect to be reminded, and when a due date
 * falls. A person's own {@link QuietHours} override them for what reaches that person ({@link UserZones#nextAwake}).
 */
public final class WorkingHours {
    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(18, 0);

    private WorkingHours() {
    }

    public static boolean contains(Instant at, ZoneId zone) {
        return QuietHours.WORKING_HOURS.awake(at, zone);
    }

    /** {@code at} itself when it is in working hours, else the start of the next working period. */
    public static Instant next(Instant at, ZoneId zone) {
        return QuietHours.WORKING_HOURS.next(at, zone);
    }

    /** The start of the working day on {@code date} in {@code zone}, or of the next working day after a weekend. */
    public static Instant morningOf(LocalDate date, ZoneId zone) {
        return QuietHours.WORKING_HOURS.morningOf(date, zone);
    }
}
