package dev.baton.usage;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.audit.AuditDao;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.OutboxMessage;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.baton.usage.UsageTesting.queued;
import static org.assertj.core.api.Assertions.assertThat;

/** Seat utilisation: one alert per change of state, back to healthy in the thread, snooze; H2 and PostgreSQL. */
class SeatUtilisationTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

    private static SeatReport report(int active, int seats, String asOf) {
        return new SeatReport("001ACME", active, seats, SeatReport.asOf(asOf));
    }

    private long customer(Database db, LocalDate closedWon) {
        long id = Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
        db.jdbi().useHandle(h -> h.execute("update account set closed_won_date = ? where id = ?", closedWon, id));
        return id;
    }

    @Test
    void thresholdsDecideTheState() {
        SeatThresholds defaults = new SeatThresholds(50, 95, 60);
        LocalDate won = LocalDate.parse("2026-09-01");
        assertThat(defaults.stateOf(report(49, 100, "2026-10-31"), won)).isEqualTo(SeatThresholds.UNDER_USED);
        assertThat(defaults.stateOf(report(49, 100, "2026-10-30"), won)).isEqualTo(SeatThresholds.HEALTHY);
        assertThat(defaults.stateOf(report(50, 100, "2026-12-01"), won)).isEqualTo(SeatThresholds.HEALTHY);
        assertThat(defaults.stateOf(report(95, 100, "2026-09-02"), won)).isEqualTo(SeatThresholds.NEAR_LIMIT);
        assertThat(defaults.stateOf(report(120, 100, "2026-09-02"), null)).isEqualTo(SeatThresholds.NEAR_LIMIT);
        assertThat(defaults.stateOf(report(1, 100, "2027-09-02"), null)).isEqualTo(SeatThresholds.HEALTHY);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void oneAlertPerChangeOfStateAndOneBackToHealthyNoteInItsThread(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = customer(db, LocalDate.parse("2026-08-01"));
            SeatUtilisation seats = UsageTesting.seats(db, clock);

            assertThat(seats.report(report(100, 400, "2026-11-01")).get("state").getAsString()).isEqualTo("under_used");
            seats.report(report(120, 400, "2026-11-08"));
            seats.report(report(110, 400, "2026-11-15"));
            List<OutboxMessage> alerts = queued(db, "usage-seats:");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).payload()).contains("not using the seats it bought").contains("100 active users of 400");

            JsonObject older = seats.report(report(390, 400, "2026-10-01"));
            assertThat(older.get("note").getAsString()).contains("state unchanged");
            seats.report(report(300, 400, "2026-11-22"));
            seats.report(report(310, 400, "2026-11-23"));
            List<OutboxMessage> notes = queued(db, "usage-healthy:");
            assertThat(notes).hasSize(1);
            JsonObject payload = JsonParser.parseString(notes.get(0).payload()).getAsJsonObject();
            assertThat(payload.get(Outbox.THREAD_TARGET).getAsString()).isEqualTo(alerts.get(0).targetKey());
            assertThat(payload.get("text").getAsString()).contains("back to healthy");

            seats.report(report(399, 400, "2026-11-24"));
            assertThat(queued(db, "usage-seats:")).hasSize(2).last().extracting(OutboxMessage::payload).asString()
                    .contains("near its seat limit");
            assertThat(db.jdbi().onDemand(AuditDao.class).byAction("usage.seat_state")).hasSize(3);
            assertThat(db.jdbi().onDemand(UsageDao.class).seatState(acme)).get()
                    .extracting(SeatState::state).isEqualTo("near_limit");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSnoozedAccountGetsNoSeatAlertsFor30Days(DatabaseKind kind) {
        try (Database db = kind.open()) {
            customer(db, LocalDate.parse("2026-08-01"));
            SeatUtilisation seats = UsageTesting.seats(db, clock);
            seats.report(report(100, 400, "2026-11-01"));
            long alertId = Long.parseLong(queued(db, "usage-seats:").get(0).targetKey().replace("usage-alert:", ""));
            UsageActions actions = new UsageActions(db.jdbi(), new AccountAccess(java.util.Set.of(Fixtures.LEADER)), UsageTesting.VIEWS, clock);

            UsageActions.Answer answer = actions.snooze(Fixtures.AE, alertId);
            assertThat(answer.replace()).isTrue();
            assertThat(answer.message().toString()).contains("snoozed by <@" + Fixtures.AE + "> until Fri 25 Dec 2026")
                    .doesNotContain("usage-snooze");

            seats.report(report(300, 400, "2026-11-20"));
            seats.report(report(399, 400, "2026-11-21"));
            assertThat(queued(db, "usage-seats:")).hasSize(1);
            clock.advance(Duration.ofDays(31));
            seats.report(report(100, 400, "2026-12-30"));
            assertThat(queued(db, "usage-seats:")).hasSize(2);
            assertThat(db.jdbi().onDemand(AuditDao.class).byAction("usage.snoozed")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void acknowledgeRecordsWhoAndWhenAndOnlyLeadersMute(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long acme = customer(db, LocalDate.parse("2026-08-01"));
            UsageTesting.ingest(db, clock).ingest(List.of(UsageTesting.event("001ACME", "Boards", "u1",
                    "2026-11-20T10:00:00Z")));
            long alertId = db.jdbi().withHandle(h -> h.attach(UsageDao.class).alertsOf(acme)).get(0).id();
            UsageActions actions = new UsageActions(db.jdbi(), new AccountAccess(java.util.Set.of(Fixtures.LEADER)), UsageTesting.VIEWS, clock);

            assertThat(actions.acknowledge(Fixtures.TA, alertId).message().toString())
                    .contains("Acknowledged by <@" + Fixtures.TA + "> on Wed 25 Nov 2026 12:00 UTC")
                    .doesNotContain("usage-acknowledge");
            actions.acknowledge(Fixtures.AE, alertId);
            assertThat(db.jdbi().onDemand(UsageDao.class).alert(alertId)).get()
                    .extracting(UsageAlert::acknowledgedBy).isEqualTo(Fixtures.TA);

            UsageActions.Answer refused = actions.mute(Fixtures.AE, alertId, UsageMute.FEATURE, true);
            assertThat(refused.replace()).isFalse();
            assertThat(refused.message().toString()).contains("Only leaders");
            assertThat(actions.mute(Fixtures.LEADER, alertId, UsageMute.FEATURE, true).message().toString())
                    .contains("Boards is muted").contains("usage-unmute-feature");
            assertThat(db.jdbi().onDemand(UsageDao.class).muted(UsageMute.FEATURE, "boards")).isTrue();
            actions.mute(Fixtures.LEADER, alertId, UsageMute.FEATURE, false);
            assertThat(db.jdbi().onDemand(AuditDao.class).byAction("usage.muted")).hasSize(1);
            assertThat(db.jdbi().onDemand(AuditDao.class).byAction("usage.unmuted")).hasSize(1);
            assertThat(db.jdbi().onDemand(AuditDao.class).byAction("usage.acknowledged")).hasSize(1);
            assertThat(db.jdbi().onDemand(AccountDao.class).findById(acme)).isPresent();
        }
    }
}
