package dev.baton.timeline;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static dev.baton.testing.Fixtures.CE;
import static dev.baton.timeline.TimelineTesting.importAccounts;
import static dev.baton.timeline.TimelineTesting.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person's own quiet hours override the working hours for the reminders that reach them; on H2 and PostgreSQL. */
class QuietHoursTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T16:00:00Z"));
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @Test
    void theDefaultIsTheWorkingHoursAndAnOwnWindowMovesTheMorningAndTheWeekend() {
        Instant fridayEvening = Instant.parse("2026-11-27T23:30:00Z"); // 18:30 in New York
        assertThat(QuietHours.WORKING_HOURS.next(fridayEvening, NEW_YORK))
                .isEqualTo(WorkingHours.next(fridayEvening, NEW_YORK)).isEqualTo("2026-11-30T14:00:00Z");
        QuietHours early = new QuietHours(LocalTime.of(19, 0), LocalTime.of(7, 30), false);
        assertThat(early.awake(fridayEvening, NEW_YORK)).isTrue();
        assertThat(early.next(Instant.parse("2026-11-28T01:00:00Z"), NEW_YORK)).isEqualTo("2026-11-28T12:30:00Z");
        assertThat(QuietHours.ofMinutes(early.fromMinute(), early.untilMinute(), false)).isEqualTo(early);
        assertThat(QuietHours.ofMinutes(1440, 0, true).awake(Instant.parse("2026-11-27T04:59:00Z"), NEW_YORK)).isTrue();
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(8, 0), LocalTime.of(9, 0), true))
                .hasMessageContaining("must start");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReminderWaitsForTheEndOfTheRecipientsOwnQuietHoursAndClearingThemRestoresTheWorkingHours(DatabaseKind kind) {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            zones.lookUp(CE); // the fake Slack puts everyone in New York
            zones.setQuietHours(CE, new QuietHours(LocalTime.of(10, 0), LocalTime.of(7, 30), false));
            assertThat(zones.quietHoursOf(CE).untilMinute()).isEqualTo(450);
            Timeline timeline = TimelineTesting.timeline(db, zones, clock, "e1");
            importAccounts(db, timeline, clock, "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"ae\":\"UAE0001\","
                    + "\"ce\":\"" + CE + "\",\"contract_signed_at\":\"2026-11-20T16:00:00Z\"}]");

            clock.set(Instant.parse("2026-11-27T16:00:00Z")); // Friday 11:00 in New York: in working hours
            assertThat(timeline.tick(100)).isEqualTo(1);
            assertThat(queued(db, "timeline:")).filteredOn(m -> m.channel().equals(CE)).singleElement()
                    .satisfies(m -> assertThat(m.nextAttemptAt()).isEqualTo("2026-11-28T12:30:00Z")); // Sat 07:30

            zones.setQuietHours(CE, null);
            assertThat(zones.quietHoursOf(CE)).isEqualTo(QuietHours.WORKING_HOURS);
            assertThat(zones.nextAwake(CE, clock.instant())).isEqualTo(clock.instant());
        }
    }
}
