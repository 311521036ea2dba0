package dev.baton.home;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * App Home through the running server: the AE's and the TA's Today and My accounts (health from account_health,
 * the trend from account_health_week), the leader's undelivered messages, and the buttons pressed from the home
 * view (Done, Snooze, paging, sort), each followed by the home published again.
 */
class HomeEndToEndTest {
    private final Instant start = WorkingDays.today();
    private final RunningClock clock = RunningClock.from(start);
    private HomeTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theAeSeesTodayAndMyAccountsWithHealthAndTrend(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        long acme = t.account("Acme <!channel>", "001ACME");
        long beta = t.account("Beta", "001BETA");
        t.health(acme, 35, "red");
        LocalDate lastWeek = LocalDate.ofInstant(start, ZoneOffset.UTC).minusWeeks(1);
        t.sql("insert into account_health_week (account_id, week_start, score, band, components) values (?, ?, 50, 'yellow', '{}')",
                acme, lastWeek.with(java.time.DayOfWeek.MONDAY));
        t.step(acme, "renewal-assessment", start.minus(2, ChronoUnit.DAYS));
        t.step(beta, "roles-tagging", start.minus(1, ChronoUnit.HOURS));
        t.step(beta, "handoff-kt", start.plus(3, ChronoUnit.DAYS)); // not due yet

        String home = t.open(AE);
        assertThat(home).contains("*Today*").contains("2 due or overdue")
                .contains("Overdue").contains("Renewal assessment").contains("Due today").contains("Roles tagging")
                .doesNotContain("Handoff kt")
                .contains("timeline-done").contains("timeline-snooze-day").contains("timeline-snooze-week")
                .contains("*My accounts*").contains("you are AE").contains("Health 35 :arrow_lower_right: red")
                .contains("No score yet").contains("Roles missing")
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>")
                .doesNotContain("Undelivered messages");
        // least healthy first: the scored red account before the one with no score
        assertThat(home.indexOf("Acme")).isLessThan(home.indexOf("*Beta*"));
        assertThat(HomeTesting.blocks(home)).isLessThanOrEqualTo(100);

        String tas = t.open(TA);
        assertThat(tas).contains("you are TA").doesNotContain("Undelivered messages");
        assertThat(t.open(LEADER)).contains("Undelivered messages").contains("No accounts name you");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void doneAndSnoozeFromTheHomeViewCloseTheStepAndRefreshTheHome(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        long acme = t.account("Acme", "001ACME");
        t.step(acme, "renewal-assessment", start.minus(2, ChronoUnit.DAYS));
        t.step(acme, "roles-tagging", start.minus(1, ChronoUnit.HOURS));
        long assessment = t.query("select id from due_step where step = 'renewal-assessment'", Long.class);
        long roles = t.query("select id from due_step where step = 'roles-tagging'", Long.class);

        String home = t.open(AE);
        String after = t.press(AE, "timeline-done", Long.toString(assessment), home);
        assertThat(t.query("select status from due_step where id = " + assessment, String.class)).isEqualTo("done");
        assertThat(after).doesNotContain("Renewal assessment").contains("Roles tagging").contains("1 due or overdue");

        String snoozed = t.press(AE, "timeline-snooze-day", Long.toString(roles), after);
        assertThat(t.query("select due_at from due_step where id = " + roles, Instant.class)).isAfter(start);
        assertThat(snoozed).contains("Nothing due today");
        assertThat(t.query("select count(*) from audit_log where action in ('timeline.done', 'timeline.snoozed')",
                Integer.class)).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void myAccountsArePagedAndSortedByHealthOrRenewal(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        for (int i = 0; i < 40; i++) {
            long id = t.account(String.format("Account %02d", i), "001A" + i);
            t.health(id, 100 - i, i < 10 ? "red" : "green"); // Account 39 is the least healthy
            t.sql("update account set renewal_date = ? where id = ?", today.plusDays(10 + i), id); // Account 00 renews first
        }
        String first = t.open(AE);
        assertThat(first).contains("40, least healthy first").contains("Page 1 of 3").contains("Account 39")
                .doesNotContain("Account 00").contains("home-page-next").doesNotContain("home-page-prev");
        assertThat(HomeTesting.blocks(first)).isLessThanOrEqualTo(100);

        String second = t.press(AE, "home-page-next", "accounts:1", first);
        assertThat(second).contains("Page 2 of 3").contains("Account 24").doesNotContain("Account 39")
                .contains("home-page-prev");
        String third = t.press(AE, "home-page-next", "accounts:2", second);
        assertThat(third).contains("Page 3 of 3").contains("Account 00").doesNotContain("home-page-next");

        String byRenewal = t.press(AE, "home-sort-renewal", "renewal", third);
        assertThat(byRenewal).contains("nearest renewal first").contains("Page 1 of 3");
        assertThat(byRenewal.indexOf("Account 00")).isLessThan(byRenewal.indexOf("Account 01"));
        assertThat(byRenewal).doesNotContain("Account 39");
        // the order and page stay with the view: opening the tab again shows what it showed
        assertThat(HomeTesting.metadata(byRenewal)).contains("sort=renewal");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aChangeToMyAccountsRefreshesMyHomeOnceForManyChanges(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        t.account("Acme", "001ACME");
        t.open(AE);
        int before = t.publishes(AE).size();
        for (int i = 0; i < 3; i++) {
            assertThat(t.baton.postApi("/api/accounts", "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"ae\":\"" + AE
                    + "\",\"renewal_date\":\"" + LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(30 + i) + "\"}]")
                    .statusCode()).isEqualTo(200);
        }
        t.baton.baton().tick();
        String refreshed = t.awaitPublish(AE, before + 1);
        assertThat(refreshed).contains("Renews");
        // three changes, one publish: opening the tab again is the next publish, none came between
        t.open(AE);
        assertThat(t.publishes(AE)).hasSize(before + 2);
        assertThat(t.publishes(TA)).isEmpty(); // the TA's home was never opened: nothing to refresh
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void mySettingsStoreAlertChoicesAndQuietHoursFromTheHomeView(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        String home = t.open(AE);
        assertThat(home).contains("*My settings*").contains("home-alert-first-use").contains("First uses: none")
                .contains("Band changes: all my accounts").contains("the working hours")
                .doesNotContain("home-quiet-reset");

        String red = t.choose(AE, "home-alert-first-use", "red", home);
        assertThat(t.query("select choice from user_alert_setting where slack_user = '" + AE
                + "' and alert = 'first-use'", String.class)).isEqualTo("red");
        assertThat(red).contains("First uses: red accounts only");
        String stale = t.choose(AE, "home-alert-first-use", "loud", red); // an unknown choice changes nothing
        assertThat(t.query("select choice from user_alert_setting where alert = 'first-use'", String.class))
                .isEqualTo("red");

        String quiet = t.choose(AE, "home-quiet-from", "21", stale);
        assertThat(t.query("select quiet_from_minute from user_quiet_hours where slack_user = '" + AE + "'",
                Integer.class)).isEqualTo(21 * 60);
        assertThat(quiet).contains("(your own)").contains("home-quiet-reset");
        String weekdays = t.choose(AE, "home-quiet-weekends", "0", quiet);
        assertThat(t.query("select weekends_quiet from user_quiet_hours", Boolean.class)).isFalse();
        assertThat(weekdays).contains("Weekends like weekdays");

        String reset = t.press(AE, "home-quiet-reset", "reset", weekdays);
        assertThat(t.query("select count(*) from user_quiet_hours", Integer.class)).isZero();
        assertThat(reset).doesNotContain("home-quiet-reset");
        assertThat(t.query("select count(*) from audit_log where action in ('home.alert-setting', 'home.quiet-hours')",
                Integer.class)).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theLeaderSeesTheTeamTheBandsAndUnmutesFromTheHomeView(DatabaseKind kind) throws Exception {
        t = HomeTesting.start(kind, clock, Map.of());
        long acme = t.account("Acme", "001ACME");
        long beta = t.account("Beta", "001BETA");
        t.health(acme, 30, "red");
        t.health(beta, 80, "green");
        t.step(acme, "renewal-assessment", start.minus(3, ChronoUnit.DAYS));
        t.sql("insert into usage_mute (subject_kind, subject, muted_by, muted_at) values ('account', ?, ?, ?)",
                Long.toString(beta), LEADER, start);
        t.sql("insert into usage_mute (subject_kind, subject, muted_by, muted_at) values ('feature', 'sso-login', ?, ?)",
                LEADER, start);

        // the team view and the bands are counted on the tick (at most once a minute), not on each open; counted
        // here as the home workflow's tick does, without the timeline's tick, which would handle the overdue step
        clock.jumpTo(clock.instant().plus(TeamSummary.REFRESH).plusSeconds(1));
        new TeamSummary(t.jdbi(), clock, ZoneOffset.UTC).refresh();
        assertThat(new TeamSummary(t.jdbi(), clock, ZoneOffset.UTC).refresh()).isFalse(); // counted a moment ago
        assertThat(t.open(AE)).doesNotContain("Leaders").doesNotContain("home-unmute");
        String home = t.open(LEADER);
        assertThat(home).contains("Leaders").contains("*Team* (counted at ")
                .contains("<@" + AE + "> · 2 accounts · 1 overdue · :red_circle: 1 red")
                .contains("1 green").contains("1 red").contains("0 no score yet")
                .contains("Account *Beta*").contains("Feature *sso-login*").contains("home-unmute")
                .contains("Undelivered messages");
        assertThat(HomeTesting.blocks(home)).isLessThanOrEqualTo(100);

        t.press(AE, "home-unmute", "feature:sso-login", home); // not a leader: nothing changes
        assertThat(t.query("select count(*) from usage_mute", Integer.class)).isEqualTo(2);
        String after = t.press(LEADER, "home-unmute", "account:" + beta, home);
        assertThat(t.query("select count(*) from usage_mute", Integer.class)).isEqualTo(1);
        assertThat(after).doesNotContain("Account *Beta*").contains("Feature *sso-login*");
        assertThat(t.query("select count(*) from audit_log where action = 'usage.unmuted' and account_id = " + beta,
                Integer.class)).isEqualTo(1);

        t.health(t.account("Gamma", "001GAMMA"), 20, "red");
        assertThat(t.open(LEADER)).contains("1 red").doesNotContain("2 red"); // until the next count
        clock.jumpTo(clock.instant().plus(TeamSummary.REFRESH).plusSeconds(1));
        t.baton.baton().tick();
        assertThat(t.open(LEADER)).contains(":red_circle: 2 red");
    }
}
