package dev.baton.account;

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
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's figures from a known set of stored scores and snapshots: each account's score now against its latest
 * snapshot from before the week described (that week's own snapshot is the score now, so it is not the baseline).
 */
class HealthOverviewTest {
    /** A Wednesday in the week of Monday 2026-11-30, the week the overview describes; the week before began 11-23. */
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final LocalDate WEEK = LocalDate.parse("2026-11-30");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static void scored(Jdbi jdbi, long account, int score, String band, String missing, Integer last,
                               String lastBand) {
        jdbi.useHandle(h -> {
            h.createUpdate("insert into account_health (account_id, score, band, components, missing, computed_at) "
                    + "values (:a, :s, :b, '{}', :m, :now)").bind("a", account).bind("s", score).bind("b", band)
                    .bind("m", missing).bind("now", NOW).execute();
            if (last != null) {
                snapshot(h, account, WEEK.minusWeeks(1), last, lastBand);
            }
            snapshot(h, account, WEEK, score, band); // the week's own snapshot, as the recompute writes it
        });
    }

    private static void snapshot(Handle h, long account, LocalDate week, int score, String band) {
        h.createUpdate("insert into account_health_week (account_id, week_start, score, band, components) "
                + "values (:a, :w, :s, :b, '{}')").bind("a", account).bind("w", week).bind("s", score)
                .bind("b", band).execute();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theOverviewCountsBandsAndSegmentsListsMoversAndTurnedRedAndTheMissingInputs(DatabaseKind kind) {
        try (Database database = kind.open()) {
            Jdbi jdbi = database.jdbi();
            scored(jdbi, Fixtures.account(jdbi, CLOCK, "Acme", "001A"), 85, "green", "", 80, "green");
            scored(jdbi, Fixtures.account(jdbi, CLOCK, "Blue Sun", "001B"), 30, "red", "utilisation", 75, "green");
            scored(jdbi, Fixtures.account(jdbi, CLOCK, "Cyberdyne", "001C"), 50, "yellow", "utilisation,adoption",
                    40, "yellow");
            scored(jdbi, Fixtures.account(jdbi, CLOCK, "Dunder", "001D"), 20, "red", "engagement", 20, "red");
            long smb = Fixtures.account(jdbi, CLOCK, "Encom", "001E");
            jdbi.useHandle(h -> h.execute("update account set segment = 'SMB' where id = ?", smb));
            scored(jdbi, smb, 60, "yellow", "utilisation", null, null);
            // not recomputed last week: its baseline is the snapshot of three weeks ago, the last before this week
            long frozen = Fixtures.account(jdbi, CLOCK, "Frozen", "001F");
            jdbi.useHandle(h -> snapshot(h, frozen, WEEK.minusWeeks(3), 90, "green"));
            scored(jdbi, frozen, 35, "red", "", null, null);

            HealthOverview overview = jdbi.withHandle(h -> HealthOverview.read(h, WEEK));

            assertThat(overview.week()).isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(overview.accounts()).isEqualTo(6);
            assertThat(overview.byBand()).containsExactly(Map.entry("green", 1), Map.entry("yellow", 2),
                    Map.entry("red", 3));
            assertThat(overview.bySegment().get("Enterprise")).containsEntry("green", 1).containsEntry("yellow", 1)
                    .containsEntry("red", 3);
            assertThat(overview.bySegment().get("SMB")).containsEntry("yellow", 1).containsEntry("red", 0);
            // Frozen -55, Blue Sun -45, Cyberdyne +10, Acme +5; Dunder did not move, Encom has no snapshot before
            assertThat(overview.movers()).extracting(HealthOverview.Mover::name)
                    .containsExactly("Frozen", "Blue Sun", "Cyberdyne", "Acme");
            assertThat(overview.movers().get(1).change()).isEqualTo(-45);
            assertThat(overview.turnedRed()).extracting(HealthOverview.Mover::name)
                    .containsExactly("Blue Sun", "Frozen");
            assertThat(overview.turnedRedCount()).isEqualTo(2);
            assertThat(overview.missing()).containsExactly(Map.entry("utilisation", 3), Map.entry("adoption", 1),
                    Map.entry("engagement", 1));

            assertThat(jdbi.withHandle(HealthOverview::latest)).isEmpty();
            jdbi.useHandle(h -> h.execute("insert into health_overview_week (week_start, posted_at, overview) "
                    + "values (?, ?, ?)", WEEK.plusWeeks(1), NOW, overview.toJson()));
            jdbi.useHandle(h -> h.execute("insert into health_overview_week (week_start, posted_at, overview) "
                    + "values (?, ?, '{}')", WEEK, NOW));
            assertThat(jdbi.withHandle(HealthOverview::latest)).contains(overview);
        }
    }
}
