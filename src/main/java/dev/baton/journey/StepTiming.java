package dev.baton.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Which occurrences of a step are due today, and for which enrolments: an offset step once, from its day for two
 * weeks (skipped when that day was more than a week before the account entered, so a late entry gets no backlog of
 * stale emails); the monthly recap on the first working day of each month after entry, about the month before; a
 * release each time one is posted after entry (within the last 30 days).
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

    /**
     * An occurrence due today and the enrolments it is due for, as owed.sql selects them: closed-won in
     * [{@code closedWonFrom}, {@code closedWonTo}] when {@code timed}, entered before {@code enrolledBefore} and by
     * {@code enrolledBy}; {@code offsetDays} (offset steps) for the late-entry rule, which needs the row's dates.
     */
    record Due(Occurrence occurrence, boolean timed, LocalDate closedWonFrom, LocalDate closedWonTo,
               LocalDate enrolledBefore, Instant enrolledBy, int offsetDays) {
        /** Whether an owed row passes the late-entry rule (only offset steps have one). */
        boolean notLate(Owed owed) {
            return !timed || !owed.closedWonDate().plusDays(offsetDays)
                    .isBefore(owed.enrolledOn().minusDays(LATE_ENTRY_GRACE_DAYS));
        }
    }

    private StepTiming() {
    }

    /** {@code now}: this tick (every enrolment is by it); {@code today}: its day in BATON_TIMEZONE. */
    static List<Due> due(Journey.When when, LocalDate today, Instant now, List<Release> releases) {
        LocalDate anyEntryDay = today.plusDays(1);
        if (when instanceof Journey.When.AfterClosedWon after) {
            return List.of(new Due(new Occurrence("once", null, null), true,
                    today.minusDays(after.days() + (long) STILL_DUE_DAYS), today.minusDays(after.days()),
                    anyEntryDay, now, after.days()));
        }
        if (when instanceof Journey.When.FirstWorkingDayOfMonth) {
            LocalDate first = SendWindow.firstWorkingDay(today);
            if (today.isBefore(first) || today.isAfter(first.plusDays(STILL_DUE_DAYS))) {
                return List.of();
            }
            YearMonth month = YearMonth.from(today).minusMonths(1);
            return List.of(new Due(new Occurrence(month.toString(), month, null), false, today, today, first, now, 0));
        }
        return releases.stream()
                .map(r -> new Due(new Occurrence("release-" + r.id(), null, r), false, today, today, anyEntryDay,
                        r.postedAt(), 0))
                .toList();
    }
}
