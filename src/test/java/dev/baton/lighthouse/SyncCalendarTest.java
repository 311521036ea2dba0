package dev.baton.lighthouse;

import dev.baton.config.LighthouseSettings;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SyncCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static SyncCalendar every(DayOfWeek day, String time, LocalDate first) {
        return new SyncCalendar(Optional.of(new LighthouseSettings.Sync(day, LocalTime.parse(time), first)), BERLIN);
    }

    private static Instant berlin(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    @Test
    void theNextSyncIsEveryTwoWeeksUntilItStarts() {
        SyncCalendar calendar = every(DayOfWeek.THURSDAY, "10:00", LocalDate.of(2026, 12, 10));
        assertThat(calendar.next(berlin(LocalDate.of(2026, 12, 1), 9, 0))).contains(LocalDate.of(2026, 12, 10));
        assertThat(calendar.next(berlin(LocalDate.of(2026, 12, 10), 9, 59))).contains(LocalDate.of(2026, 12, 10));
        assertThat(calendar.next(berlin(LocalDate.of(2026, 12, 10), 10, 0))).contains(LocalDate.of(2026, 12, 24));
        assertThat(new SyncCalendar(Optional.empty(), BERLIN).next(Instant.EPOCH)).isEmpty();
    }

    @Test
    void theTasAreAskedTwoWorkingDaysBeforeSkippingTheWeekend() {
        SyncCalendar thursday = every(DayOfWeek.THURSDAY, "10:00", LocalDate.of(2026, 12, 10));
        assertThat(thursday.prepAt(LocalDate.of(2026, 12, 10))).isEqualTo(berlin(LocalDate.of(2026, 12, 8), 9, 0));
        SyncCalendar monday = every(DayOfWeek.MONDAY, "14:00", LocalDate.of(2026, 12, 14));
        assertThat(monday.prepAt(LocalDate.of(2026, 12, 14))).isEqualTo(berlin(LocalDate.of(2026, 12, 10), 9, 0));
    }

    @Test
    void theAgendaGoesOutInTheMorningOrAnHourBeforeAnEarlySync() {
        SyncCalendar late = every(DayOfWeek.THURSDAY, "10:00", LocalDate.of(2026, 12, 10));
        assertThat(late.agendaAt(LocalDate.of(2026, 12, 10))).isEqualTo(berlin(LocalDate.of(2026, 12, 10), 9, 0));
        SyncCalendar early = every(DayOfWeek.THURSDAY, "08:30", LocalDate.of(2026, 12, 10));
        assertThat(early.agendaAt(LocalDate.of(2026, 12, 10))).isEqualTo(berlin(LocalDate.of(2026, 12, 10), 7, 30));
    }
}
