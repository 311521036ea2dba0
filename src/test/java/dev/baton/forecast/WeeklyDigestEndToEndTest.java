package dev.baton.forecast;

import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static dev.baton.forecast.ForecastTesting.count;
import static dev.baton.forecast.ForecastTesting.texts;
import static dev.baton.testing.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest end to end, on H2 and PostgreSQL: a known set of renewals, last week's figures as last week's
 * digest left them, the exact figures and lists, once however many ticks race or instances tick, and not before
 * Monday 09:00 in BATON_TIMEZONE. Baton runs on a clock set to the coming Monday.
 */
class WeeklyDigestEndToEndTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private final RunningClock clock = RunningClock.from(monday.atTime(8, 58).atZone(ZONE).toInstant());
    private FakeSlackApi slack;
    private RunningBaton baton;

    private Map<String, String> env;

    private Jdbi start(DatabaseKind kind, String channel) throws Exception {
        slack = FakeSlackApi.start();
        env = new HashMap<>(ForecastTesting.database(kind));
        env.put("BATON_TIMEZONE", ZONE.getId());
        if (channel != null) {
            env.put("BATON_FORECAST_CHANNEL", channel);
        }
        baton = RunningBaton.start(slack, env, clock);
        return baton.database().jdbi();
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private long account(Jdbi jdbi, String name, int inDays, long dollars) {
        return ForecastTesting.account(jdbi, clock, name, monday.plusDays(inDays), dollars * 100, 100, null);
    }

    private long cycle(Jdbi jdbi, long account, String assessment, String rating, String outcome, Long afterDollars) {
        return ForecastTesting.cycle(jdbi, clock, account, assessment, rating, outcome,
                afterDollars == null ? null : afterDollars * 100);
    }

    private void lastWeek(Jdbi jdbi, long cycle, String rating, String outcome) {
        jdbi.useHandle(h -> h.createUpdate("insert into forecast_week (week_start, cycle_id, rating, outcome) "
                + "values (:week, :cycle, :rating, :outcome)").bind("week", monday.minusWeeks(1)).bind("cycle", cycle)
                .bind("rating", rating).bind("outcome", outcome).execute());
    }

    /** Renewals whose figures the test works out by hand; answers the quarters their dates fall in. */
    private Set<String> renewals(Jdbi jdbi) {
        long acme = cycle(jdbi, account(jdbi, "Acme", 30, 100_000), "agreed", "green", "flat", null);
        long blueSun = cycle(jdbi, account(jdbi, "Blue Sun", 40, 200_000), "agreed", "yellow", "partial_churn", 150_000L);
        cycle(jdbi, account(jdbi, "Cyberdyne", 50, 300_000), "agreed", "red", "full_churn", null);
        long dunder = cycle(jdbi, account(jdbi, "Dunder", 60, 50_000), "agreed", "green", "incremental", 80_000L);
        account(jdbi, "Encom", 70, 70_000);
        cycle(jdbi, account(jdbi, "Frobozz", 80, 30_000), "submitted", null, null, null);
        cycle(jdbi, account(jdbi, "Gringotts", 90, 25_000), "agreed", "yellow", null, null);
        account(jdbi, "Initrode", 200, 10_000);
        account(jdbi, "Far Future", 400, 999);
        for (int i = 1; i <= 11; i++) {
            account(jdbi, String.format("Zeta %02d", i), 100, 0);
        }
        long prestige = account(jdbi, "Prestige", 20, 40_000);
        long processed = cycle(jdbi, prestige, "agreed", "green", "flat", null);
        jdbi.useHandle(h -> {
            h.execute("update renewal_cycle set status = 'processed' where id = ?", processed);
            h.execute("update account set renewal_date = ? where id = ?", monday.plusDays(385), prestige);
            h.createUpdate("insert into forecast_digest (week_start, claimed_by, claimed_at, sent_at) "
                    + "values (:week, 'baton-old', :at, :at)").bind("week", monday.minusWeeks(1))
                    .bind("at", clock.instant().minus(Duration.ofDays(7))).execute();
        });
        lastWeek(jdbi, acme, "yellow", "flat");
        lastWeek(jdbi, blueSun, "yellow", "flat");
        lastWeek(jdbi, dunder, "green", "incremental");
        lastWeek(jdbi, processed, "green", "flat");
        Set<String> quarters = new LinkedHashSet<>();
        for (int days : new int[] {30, 40, 50, 60, 70, 80, 90, 100, 200}) {
            LocalDate date = monday.plusDays(days);
            quarters.add("*Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear() + "*: ");
        }
        return quarters;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theDigestHasTheFiguresChangesAndGapsAndGoesOutOnceHoweverManyTicksRace(DatabaseKind kind) throws Exception {
        Jdbi jdbi = start(kind, "CFORECAST");
        Set<String> quarters = renewals(jdbi);
        clock.jumpTo(monday.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> baton.baton().tick());
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> baton.baton().tick());
        CompletableFuture.allOf(one, two).join();
        baton.baton().tick();

        String digest = texts(slack.awaitPost("CFORECAST", WAIT, "Renewal forecast, week of " + monday));
        assertThat(digest).contains("*All quarters*: 19 renewals · *$785,000.00* up for renewal\n"
                + "Projected: $435,000.00 retained, $350,000.00 churn, $30,000.00 expansion → $465,000.00\n"
                + "Gross retention *55.4%* · net retention *59.2%*\n"
                + "Ratings: 2 green, 2 yellow, 1 red, 14 not agreed\n"
                + "Outcomes: 1 full churn, 1 partial churn, 1 flat, 1 incremental, 15 not forecast");
        quarters.forEach(label -> assertThat(digest).contains(label));
        assertThat(digest).doesNotContain("Far Future")
                .contains("New in the forecast (3):\n• *Cyberdyne* (" + monday.plusDays(50) + ")\n• *Frobozz* ("
                        + monday.plusDays(80) + ")\n• *Gringotts* (" + monday.plusDays(90) + ")")
                .contains("Rating changed (1):\n• *Acme* (" + monday.plusDays(30) + "): yellow → green")
                .contains("Outcome changed (1):\n• *Blue Sun* (" + monday.plusDays(40) + "): Flat → Partial churn")
                .contains("No longer in the forecast (1):\n• *Prestige* (" + monday.plusDays(20) + "): processed")
                .contains("No assessment (12):\n• *Encom* (" + monday.plusDays(70) + ")\n• *Zeta 01*")
                .contains("• *Zeta 09* (" + monday.plusDays(100) + ")\n… and 2 more")
                .doesNotContain("Zeta 10").doesNotContain("*Initrode* (")
                .contains("No agreed rating (1):\n• *Frobozz*")
                .contains("No forecast for the agreed rating (1):\n• *Gringotts*");

        Await.until("the digest is sent", () -> count(jdbi, "select count(*) from outbox where dedupe_key = ? "
                + "and status = 'sent'", "forecast-digest:" + monday + ":CFORECAST") == 1);
        baton.baton().tick();
        try (RunningBaton second = RunningBaton.start(slack, env, clock)) {
            second.baton().tick(); // another instance, or this one restarted, on the same database
        }
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> "CFORECAST".equals(c.params().get("channel"))))
                .hasSize(1);
        assertThat(count(jdbi, "select count(*) from forecast_digest where week_start = ?", monday)).isEqualTo(1);
        assertThat(count(jdbi, "select count(*) from forecast_week where week_start = ?", monday)).isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void itWaitsForMonday0900InTheConfiguredZoneAndGoesToTheLeadersByDefault(DatabaseKind kind) throws Exception {
        Jdbi jdbi = start(kind, null);
        cycle(jdbi, account(jdbi, "Acme", 30, 100_000), "agreed", "green", "flat", null);
        baton.baton().tick();
        assertThat(count(jdbi, "select count(*) from forecast_digest")).isZero();
        assertThat(count(jdbi, "select count(*) from outbox where dedupe_key like 'forecast-digest:%'")).isZero();

        clock.jumpTo(monday.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        baton.baton().tick();
        String digest = texts(slack.awaitPost(LEADER, WAIT, "Renewal forecast, week of " + monday));
        assertThat(digest).contains("*All quarters*: 1 renewal · *$100,000.00* up for renewal")
                .contains("Gross retention *100.0%* · net retention *100.0%*")
                .contains("*Since last week*: no digest last week to compare with.")
                .contains("nothing, every renewal is assessed, rated and forecast.");
    }
}
