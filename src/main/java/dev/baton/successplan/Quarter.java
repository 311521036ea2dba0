package dev.baton.successplan;

import dev.baton.timeline.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter, {@code 2026-Q4}: what a success plan covers, and when its ask and its mid-quarter review fall. */
public record Quarter(int year, int number) {
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant at, ZoneId zone) {
        return of(LocalDate.ofInstant(at, zone));
    }

    /** Parses {@code 2026-Q4}. */
    public static Quarter parse(String label) {
        return new Quarter(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(6)));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** 09:00 on the quarter's first working day (the Monday after when it starts on a weekend). */
    public Instant firstWorkingMorning(ZoneId zone) {
        return WorkingHours.morningOf(firstDay(), zone);
    }

    /** 09:00 on the first working day of the quarter's second month: its mid-quarter review. */
    public Instant midQuarterMorning(ZoneId zone) {
        return WorkingHours.morningOf(firstDay().plusMonths(1), zone);
    }

    /** The first quarter start whose working morning is on {@code now}'s date or later, so today's counts all day. */
    static Instant nextStart(Instant now, ZoneId zone) {
        return nextOnOrAfter(now, zone, quarter -> quarter.firstWorkingMorning(zone));
    }

    /** The next quarter start after {@code now}'s date: when an ask closed today falls due again. */
    static Instant startAfter(Instant now, ZoneId zone) {
        return nextStart(now.plus(java.time.Duration.ofDays(1)), zone);
    }

    /** The next mid-quarter review after {@code now}'s date. */
    static Instant midQuarterAfter(Instant now, ZoneId zone) {
        return nextMidQuarter(now.plus(java.time.Duration.ofDays(1)), zone);
    }

    /** Likewise for the mid-quarter reviews. */
    static Instant nextMidQuarter(Instant now, ZoneId zone) {
        return nextOnOrAfter(now, zone, quarter -> quarter.midQuarterMorning(zone));
    }

    private static Instant nextOnOrAfter(Instant now, ZoneId zone, java.util.function.Function<Quarter, Instant> when) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Quarter quarter = of(today).previous();
        while (LocalDate.ofInstant(when.apply(quarter), zone).isBefore(today)) {
            quarter = quarter.next();
        }
        return when.apply(quarter);
    }

    /** {@code 2026-Q4}, as stored and shown. */
    public String label() {
        return year + "-Q" + number;
    }

    @Override
    public String toString() {
        return label();
    }
}
