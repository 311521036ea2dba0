package dev.baton.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The renewals a week's digest covers: renewal dates from the first day of the current quarter to the last day of
 * the third quarter after it (a year of quarters), and which of them have had their assessment fall due (renewing
 * within {@link #ASSESSMENT_DAYS} days), so a renewal months away is not listed as missing one.
 */
public record DigestWindow(LocalDate from, LocalDate to, LocalDate dueBy) {
    /** The assessment falls due 120 days before the renewal date. */
    public static final int ASSESSMENT_DAYS = 120;
    static final int QUARTERS = 4;
    static final int SEND_HOUR = 9;

    public static DigestWindow of(LocalDate today) {
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new DigestWindow(quarterStart, quarterStart.plusMonths(3L * QUARTERS).minusDays(1),
                today.plusDays(ASSESSMENT_DAYS));
    }

    /**
     * The week whose digest is due at {@code now}: this week's Monday once it is 09:00 on it in {@code zone}, and
     * for the rest of that week (a Baton down on Monday morning sends it when it is back); empty before.
     */
    public static Optional<LocalDate> dueWeek(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return local.isBefore(monday.atTime(SEND_HOUR, 0).atZone(zone)) ? Optional.empty() : Optional.of(monday);
    }
}
