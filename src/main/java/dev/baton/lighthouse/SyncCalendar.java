package dev.baton.lighthouse;

import dev.baton.config.LighthouseSettings;
import dev.baton.timeline.WorkingHours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The bi-weekly sync's dates in BATON_TIMEZONE: the next sync, the day the TAs are asked (two working days before)
 * and the morning the agenda goes out.
 */
record SyncCalendar(Optional<LighthouseSettings.Sync> sync, ZoneId zone) {
    static final int PREP_WORKING_DAYS = 2;

    /** The next sync not yet started at {@code now}. */
    Optional<LocalDate> next(Instant now) {
        return sync.map(s -> {
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate candidate = s.onOrAfter(today);
            return now.isBefore(start(candidate)) ? candidate : s.onOrAfter(candidate.plusDays(1));
        });
    }

    Instant start(LocalDate syncDate) {
        return ZonedDateTime.of(syncDate, sync.orElseThrow().time(), zone).toInstant();
    }

    /** When the TAs are asked for their answers: the working morning two working days before the sync. */
    Instant prepAt(LocalDate syncDate) {
        LocalDate day = syncDate;
        for (int left = PREP_WORKING_DAYS; left > 0; ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return WorkingHours.morningOf(day, zone);
    }

    /** The agenda goes out on the sync's morning, or at once when the sync starts earlier than the working day. */
    Instant agendaAt(LocalDate syncDate) {
        Instant morning = WorkingHours.morningOf(syncDate, zone);
        Instant start = start(syncDate);
        return morning.isBefore(start) ? morning : start.minusSeconds(3600);
    }
}
