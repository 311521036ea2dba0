package dev.baton.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * What every step closed item by item shares (a retro's calls to action, a Lighthouse plan's steps, a success plan's
 * actions): which of the open items are due, whom a reminder asks, and when the step next falls due. Each workflow
 * keeps its own items and wording; the dates are read through {@code dueOn} so the items stay the workflow's records.
 */
public final class DueItems {
    private DueItems() {
    }

    /** The open items due on or before {@code today}. */
    public static <T> List<T> due(List<T> open, LocalDate today, Function<T, LocalDate> dueOn) {
        return open.stream().filter(item -> !dueOn.apply(item).isAfter(today)).toList();
    }

    /** The items due by {@code today}, or every open one when none is due yet (a reminder shows what is coming). */
    public static <T> List<T> dueOrAll(List<T> open, LocalDate today, Function<T, LocalDate> dueOn) {
        List<T> due = due(open, today, dueOn);
        return due.isEmpty() ? open : due;
    }

    /** The owners of {@code items}, each once, in the items' order. */
    public static <T> List<String> owners(List<T> items, Function<T, String> owner) {
        return items.stream().map(owner).distinct().toList();
    }

    /** When the step should next fall due: the start of the earliest open due date, or now when that has passed. */
    public static <T> Instant nextDue(List<T> open, Instant now, ZoneId zone, Function<T, LocalDate> dueOn) {
        Instant earliest = open.stream().map(item -> dueOn.apply(item).atStartOfDay(zone).toInstant())
                .min(Instant::compareTo).orElse(now);
        return earliest.isBefore(now) ? now : earliest;
    }
}
