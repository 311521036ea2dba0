package dev.baton.successplan;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Quarters, their first working mornings and mid-quarter reviews: fixed dates, as the calendar has them. */
class QuarterTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void aQuarterStartingOnAWeekendIsAskedOnTheMondayAndNotBefore() {
        Quarter q2 = Quarter.of(LocalDate.of(2028, 5, 17)); // 2028-04-01 is a Saturday
        assertThat(q2.label()).isEqualTo("2028-Q2");
        assertThat(q2.firstWorkingMorning(UTC)).isEqualTo(Instant.parse("2028-04-03T09:00:00Z"));
        assertThat(Quarter.nextStart(Instant.parse("2028-03-31T15:00:00Z"), UTC))
                .isEqualTo(Instant.parse("2028-04-03T09:00:00Z"));
        assertThat(Quarter.nextStart(Instant.parse("2028-04-03T15:00:00Z"), UTC)).as("today's start counts all day")
                .isEqualTo(Instant.parse("2028-04-03T09:00:00Z"));
        assertThat(Quarter.startAfter(Instant.parse("2028-04-03T15:00:00Z"), UTC)).as("2028-07-01 is a Saturday too")
                .isEqualTo(Instant.parse("2028-07-03T09:00:00Z"));
    }

    @Test
    void theMidQuarterReviewIsTheSecondMonthsFirstWorkingDayInTheZone() {
        Quarter q4 = new Quarter(2026, 4);
        assertThat(q4.midQuarterMorning(UTC)).isEqualTo(Instant.parse("2026-11-02T09:00:00Z")); // 1 Nov is a Sunday
        assertThat(q4.midQuarterMorning(ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(Quarter.midQuarterAfter(Instant.parse("2026-11-02T15:00:00Z"), UTC))
                .isEqualTo(Instant.parse("2027-02-01T09:00:00Z"));
    }

    @Test
    void quartersRollOverTheYearAndReadBackFromTheirLabels() {
        assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.parse("2027-Q3")).isEqualTo(new Quarter(2027, 3));
        assertThat(PlanSlots.fromCode(PlanSlots.code(new Quarter(2027, 3)))).isEqualTo(new Quarter(2027, 3));
    }
}
