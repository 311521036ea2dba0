package dev.baton.timeline;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.WorkingDays;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.baton.timeline.TimelineTesting.importAccounts;
import static org.assertj.core.api.Assertions.assertThat;

/** A stopping engine runs no more steps and hands back the claims it did not run, for another instance at once. */
class TimelineStopTest {
    private final MutableClock clock = new MutableClock(WorkingDays.today());
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void claimsHandedBackAtAStopAreRunByAnotherEngineAtOnce(DatabaseKind kind) {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            importAccounts(db, TimelineTesting.timeline(db, zones, clock, "loader"), clock, accounts(3));
            Timeline stopping = TimelineTesting.timeline(db, zones, clock, "east");
            Timeline other = TimelineTesting.timeline(db, zones, clock, "west");
            assertThat(stopping.claimDue(10)).hasSize(3);
            assertThat(other.tick(10)).as("the claims hold the steps for their lease").isZero();

            stopping.stop();
            assertThat(stopping.tick(10)).isZero();
            assertThat(stopping.releaseClaims()).isEqualTo(3);

            assertThat(other.tick(10)).isEqualTo(3);
            assertThat(other.releaseClaims()).as("a step that ran holds no claim").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anEngineReleasesOnlyItsOwnClaims(DatabaseKind kind) {
        try (Database db = kind.open()) {
            UserZones zones = TimelineTesting.zones(db, slack, clock);
            importAccounts(db, TimelineTesting.timeline(db, zones, clock, "loader"), clock, accounts(2));
            Timeline east = TimelineTesting.timeline(db, zones, clock, "east");
            assertThat(TimelineTesting.timeline(db, zones, clock, "west").claimDue(10)).hasSize(2);

            assertThat(east.releaseClaims()).isZero();
            assertThat(east.tick(10)).isZero();
        }
    }

    /** Accounts whose contracts were signed ten days ago, so each has its roles-tagged step due now. */
    private String accounts(int count) {
        String signed = clock.instant().minus(Duration.ofDays(10)).toString();
        return IntStream.range(0, count).mapToObj(i -> String.format("{\"crm_id\":\"S%03d\",\"name\":\"Account %d\","
                + "\"ce\":\"UCE0001\",\"contract_signed_at\":\"%s\"}", i, i, signed))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
