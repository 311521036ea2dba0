package dev.baton.forecast;

import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** When a week's digest falls due, and which renewal dates it covers. */
class DigestWindowTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final LocalDate monday = WorkingDays.dateOf(WorkingDays.today())
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @Test
    void dueFromMonday0900InTheZoneForTheRestOfThatWeek() {
        assertThat(DigestWindow.dueWeek(monday.atTime(8, 59, 59).atZone(NEW_YORK).toInstant(), NEW_YORK)).isEmpty();
        assertThat(DigestWindow.dueWeek(monday.atTime(9, 0).atZone(NEW_YORK).toInstant(), NEW_YORK)).contains(monday);
        assertThat(DigestWindow.dueWeek(monday.plusDays(6).atTime(23, 59).atZone(NEW_YORK).toInstant(), NEW_YORK))
                .contains(monday);
        // 09:00 in New York is 13:00 or 14:00 UTC: UTC's 09:00 is not the zone's
        assertThat(DigestWindow.dueWeek(monday.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(), NEW_YORK)).isEmpty();
    }

    @Test
    void theWindowIsTheCurrentQuarterAndTheThreeAfterIt() {
        DigestWindow window = DigestWindow.of(LocalDate.of(2026, 12, 2));
        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(window.dueBy()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(DigestWindow.of(LocalDate.of(2027, 3, 31)).from()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
