package dev.baton.accounthealth;

import dev.baton.account.AccountHealthSummary;
import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The score recomputed from what the other workflows stored, kept in account_health and this week's snapshot. */
class HealthRecomputeTest {
    /** A Wednesday; its week starts on Monday 2026-11-30 in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void everyComponentFromTheStoredInputs(DatabaseKind kind) {
        try (Database database = kind.open()) {
            Jdbi jdbi = database.jdbi();
            long account = Fixtures.account(jdbi, CLOCK, "Acme", "001ACME");
            long peer = Fixtures.account(jdbi, CLOCK, "Peer", "001PEER");
            jdbi.useHandle(handle -> {
                version(handle, account, "16.1.0");
                version(handle, peer, "16.3.2");
                seats(handle, account, 60, 100);
                handle.createUpdate("insert into account_active_week (account_id, week_start, active_users) "
                        + "values (:a, :w, 40)").bind("a", account).bind("w", LocalDate.parse("2026-11-02")).execute();
                // peers (both Enterprise accounts with usage) use 4 features; the account uses 3 of them
                for (String feature : List.of("boards", "epics", "roadmaps", "merge-trains")) {
                    firstUse(handle, peer, feature);
                }
                for (String feature : List.of("boards", "epics", "roadmaps")) {
                    firstUse(handle, account, feature);
                }
                contact(handle, account, "pat@acme.test", Roles.of(List.of(Role.CHAMPION, Role.INSTANCE_ADMIN)));
            });

            HealthScore score = jdbi.inTransaction(handle ->
                    new HealthRecompute(HealthWeights.DEFAULTS, Optional.empty(), ZONE, false).recompute(handle, account, NOW));

            // engagement: 40 four weeks ago, 60 this week: growing is 100; relationships: 2 of 3 roles, a champion,
            // no assessment yet (scaled to 100): (33.3 + 25) * 4/3 = 78
            assertThat(score.components()).containsAllEntriesOf(Map.of(Component.UTILISATION, 60,
                    Component.ADOPTION, 75, Component.ENGAGEMENT, 100, Component.VERSION_CURRENCY, 70,
                    Component.RELATIONSHIPS, 78));
            // (60*25 + 75*20 + 100*20 + 70*15 + 78*20) / 100 = 76.1
            assertThat(score.score()).isEqualTo(76);
            Map<String, Object> row = jdbi.withHandle(handle -> handle.createQuery(
                    "select score, band, components, missing from account_health where account_id = :a")
                    .bind("a", account).mapToMap().one());
            assertThat(row).containsEntry("score", 76).containsEntry("band", "green").containsEntry("missing", "");
            assertThat((String) row.get("components")).contains("\"utilisation\":60", "\"version_currency\":70");
            Map<String, Object> week = jdbi.withHandle(handle -> handle.createQuery(
                    "select week_start, score from account_health_week where account_id = :a")
                    .bind("a", account).mapToMap().one());
            assertThat(week).containsEntry("score", 76);
            assertThat(week.get("week_start").toString()).isEqualTo("2026-11-30");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anAccountWithNoInputsSaysWhatIsMissingAndRecomputingReplacesTheRows(DatabaseKind kind) {
        try (Database database = kind.open()) {
            Jdbi jdbi = database.jdbi();
            long account = Fixtures.account(jdbi, CLOCK, "Acme", "001ACME");
            HealthRecompute recompute = new HealthRecompute(HealthWeights.DEFAULTS, Optional.of("16.0.0"), ZONE, false);

            HealthScore first = jdbi.inTransaction(handle -> recompute.recompute(handle, account, NOW));
            assertThat(first.missing()).containsExactly(Component.UTILISATION, Component.ADOPTION,
                    Component.ENGAGEMENT, Component.VERSION_CURRENCY);
            assertThat(first.score()).isZero(); // relationships alone: no contacts, so no roles and no champion
            assertThat(first.band()).isEqualTo("red");

            jdbi.useHandle(handle -> version(handle, account, "16.0.0"));
            HealthScore second = jdbi.inTransaction(handle -> recompute.recompute(handle, account, NOW.plusSeconds(60)));
            // (0*20 + 100*15) / 35 = 42.9
            assertThat(second.score()).isEqualTo(43);
            int rows = jdbi.withHandle(handle -> handle.createQuery(
                    "select count(*) from account_health where account_id = :a").bind("a", account)
                    .mapTo(Integer.class).one());
            String missing = jdbi.withHandle(handle -> handle.createQuery(
                    "select missing from account_health where account_id = :a").bind("a", account)
                    .mapTo(String.class).one());
            assertThat(rows).isEqualTo(1);
            assertThat(missing).isEqualTo("utilisation,adoption,engagement");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theSummaryOthersReadHasTheScoreBandAndTrendAgainstLastWeeksSnapshot(DatabaseKind kind) {
        try (Database database = kind.open()) {
            Jdbi jdbi = database.jdbi();
            long account = Fixtures.account(jdbi, CLOCK, "Acme", "001ACME");
            long unscored = Fixtures.account(jdbi, CLOCK, "Later", "001LATER");
            HealthRecompute recompute = new HealthRecompute(HealthWeights.DEFAULTS, Optional.of("16.0.0"), ZONE, false);
            jdbi.useHandle(handle -> version(handle, account, "16.0.0"));
            jdbi.useTransaction(handle -> recompute.recompute(handle, account, NOW.minus(java.time.Duration.ofDays(7))));
            jdbi.useHandle(handle -> version(handle, account, "15.0.0"));
            jdbi.useTransaction(handle -> recompute.recompute(handle, account, NOW));

            Map<Long, AccountHealthSummary> read = jdbi.withHandle(handle ->
                    AccountHealthSummary.of(handle, List.of(account, unscored), NOW, ZONE));

            assertThat(read).containsOnlyKeys(account);
            // last week (2026-11-23) 43, now (0*20 + 40*15) / 35 = 17
            assertThat(read.get(account).score()).isEqualTo(17);
            assertThat(read.get(account).lastWeekScore()).isEqualTo(43);
            assertThat(read.get(account).band()).isEqualTo("red");
            assertThat(read.get(account).trend()).isEqualTo("down");
            assertThat(read.get(account).missing()).isEqualTo("utilisation,adoption,engagement");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void surveyAnswersAndEmailsOpenedAreEngagementSignals(DatabaseKind kind) {
        try (Database database = kind.open()) {
            Jdbi jdbi = database.jdbi();
            long account = Fixtures.account(jdbi, CLOCK, "Acme", "001ACME");
            long contact = jdbi.withHandle(handle -> {
                seats(handle, account, 40, 100);
                handle.createUpdate("insert into account_active_week (account_id, week_start, active_users) "
                        + "values (:a, :w, 50)").bind("a", account).bind("w", LocalDate.parse("2026-11-02")).execute();
                contact(handle, account, "pat@acme.test", Roles.of(List.of(Role.CHAMPION)));
                return handle.select("select id from contact where account_id = ?", account).mapTo(Long.class).one();
            });
            HealthRecompute untracked = new HealthRecompute(HealthWeights.DEFAULTS, Optional.empty(), ZONE, false);
            HealthRecompute tracked = new HealthRecompute(HealthWeights.DEFAULTS, Optional.empty(), ZONE, true);

            // 50 active users four weeks ago, 40 now: 20% lost is 60
            assertThat(engagement(jdbi, untracked, account)).isEqualTo(60);

            jdbi.useHandle(handle -> {
                answer(handle, account, contact, 1, 3, NOW.minus(java.time.Duration.ofDays(2)));
                answer(handle, account, contact, 2, 10, NOW.minus(java.time.Duration.ofDays(100))); // too old
            });
            // a detractor alone in the 90 days is a survey reading of 0: (60 + 0) / 2
            assertThat(engagement(jdbi, untracked, account)).isEqualTo(30);

            jdbi.useHandle(handle -> {
                handle.execute("delete from survey_answer");
                answer(handle, account, contact, 3, 10, NOW.minus(java.time.Duration.ofDays(1)));
                email(handle, account, contact, "a", 2, 0);
                email(handle, account, contact, "b", 0, 0);
            });
            // a promoter is 100: (60 + 100) / 2
            assertThat(engagement(jdbi, untracked, account)).isEqualTo(80);
            // with opens tracked, one of the two emails sent was opened: (60 + 100 + 50) / 3
            assertThat(engagement(jdbi, tracked, account)).isEqualTo(70);
        }
    }

    private static Integer engagement(Jdbi jdbi, HealthRecompute recompute, long account) {
        return jdbi.inTransaction(handle -> recompute.recompute(handle, account, NOW)).components()
                .get(Component.ENGAGEMENT);
    }

    private static void answer(Handle handle, long account, long contact, long message, int score, Instant at) {
        handle.createUpdate("insert into survey_answer (account_id, contact_id, contact, message_id, score, "
                + "answered_at) values (:a, :c, 'pat@acme.test', :m, :s, :at)").bind("a", account).bind("c", contact)
                .bind("m", message).bind("s", score).bind("at", at).execute();
    }

    private static void email(Handle handle, long account, long contact, String step, int opens, int clicks) {
        handle.createUpdate("insert into journey_message (account_id, contact_id, journey, step, occurrence, email, "
                + "send_day, outbox_key, status, opens, clicks, created_at, status_at) values (:a, :c, 'onboarding', "
                + ":step, 'once', 'pat@acme.test', :day, :key, 'sent', :opens, :clicks, :at, :at)")
                .bind("a", account).bind("c", contact).bind("step", step)
                .bind("day", LocalDate.parse("2026-11-2" + (step.equals("a") ? "3" : "4")))
                .bind("key", "journey:" + step).bind("opens", opens).bind("clicks", clicks)
                .bind("at", NOW.minus(java.time.Duration.ofDays(8))).execute();
    }

    private static void version(Handle handle, long account, String version) {
        handle.createUpdate("update account set product_version = :v where id = :a").bind("v", version)
                .bind("a", account).execute();
    }

    private static void seats(Handle handle, long account, int active, int seats) {
        handle.createUpdate("insert into usage_seat_state (account_id, state, active_users, seats_purchased, as_of, "
                + "updated_at) values (:a, 'healthy', :active, :seats, :at, :at)").bind("a", account)
                .bind("active", active).bind("seats", seats).bind("at", NOW.minusSeconds(3600)).execute();
    }

    private static void firstUse(Handle handle, long account, String feature) {
        long id = handle.createUpdate("insert into usage_first_use (pair_key, account_id, feature_key, feature, "
                + "recorded_at) values (:k, :a, :f, :f, :at)").bind("k", account + ":" + feature).bind("a", account)
                .bind("f", feature).bind("at", NOW).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("insert into usage_first_at (first_use_id, first_at) values (:id, :at)").bind("id", id)
                .bind("at", NOW.minusSeconds(86_400)).execute();
    }

    private static void contact(Handle handle, long account, String email, Roles roles) {
        handle.createUpdate("insert into contact (account_id, name, email, email_key, roles, instance_admin, "
                + "created_at, updated_at) values (:a, 'Pat', :e, :e, :r, :ia, :at, :at)").bind("a", account)
                .bind("e", email).bind("r", roles.toColumn()).bind("ia", roles.has(Role.INSTANCE_ADMIN))
                .bind("at", NOW).execute();
    }
}
