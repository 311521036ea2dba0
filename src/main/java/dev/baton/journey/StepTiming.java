package dev.baton.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Which occurrences of a step are due for an enrolment today: an offset step once, from its day for two weeks
 * (skipped when that day was more than a week before the account entered, so a late entry gets no backlog of stale
 * emails); the
 * monthly recap on the first working day of each month after entry, about the month before; a release each time
 * one is posted after entry (within the last 30 days).
 */
final class StepTiming {
    static final int LATE_ENTRY_GRACE_DAYS = 7;
    /**
     * How long after its day a step is still looked at: a contact tagged in that time still gets it, and the tick
     * does not re-read every step an account ever passed.
     */
    static final int STILL_DUE_DAYS = 14;
    static final Duration RELEASE_FRESH = Duration.ofDays(30);

    /** An occurrence of a step: its key (once, 2026-11, release-7) and what it is about. */
    record Occurrence(String key, YearMonth month, Release release) {
    }

    private StepTiming() {
    }

    static List<Occurrence> due(Journey.When when, Enrolment enrolment, LocalDate today, List<Release> releases) {
        if (when instanceof Journey.When.AfterClosedWon after) {
            if (enrolment.closedWonDate() == null) {
                return List.of();
            }
            LocalDate day = enrolment.closedWonDate().plusDays(after.days());
            boolean due = !today.isBefore(day) && !today.isAfter(day.plusDays(STILL_DUE_DAYS))
                    && !day.isBefore(enrolment.enrolledOn().minusDays(LATE_ENTRY_GRACE_DAYS));
            return due ? List.of(new Occurrence("once", null, null)) : List.of();
        }
        if (when instanceof Journey.When.FirstWorkingDayOfMonth) {
            LocalDate first = SendWindow.firstWorkingDay(today);
            if (today.isBefore(first) || today.isAfter(first.plusDays(STILL_DUE_DAYS))
                    || !enrolment.enrolledOn().isBefore(first)) {
                return List.of();
            }
            YearMonth month = YearMonth.from(today).minusMonths(1);
            return List.of(new Occurrence(month.toString(), month, null));
        }
        return releases.stream()
                .filter(r -> !r.postedAt().isBefore(enrolment.enrolledAt()))
                .map(r -> new Occurrence("release-" + r.id(), null, r)).toList();
    }
}
