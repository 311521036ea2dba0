package dev.baton.bench;

import dev.baton.account.HealthOverview;
import dev.baton.store.Database;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The weekly health overview over {@value HomeBenchmark#ACCOUNTS} accounts (HomeBenchmark's book: a score for nine in
 * ten, last week's snapshot for each): {@link HealthOverview#read} as the Monday post runs it (every scored account
 * against its latest snapshot from before the week, aggregated), timed {@value #RUNS} times after {@value #WARM_UPS}
 * warm-ups against a bare baseline in the same run (the same rows with last week's snapshot by an exact-week join,
 * read and dropped), and the Leaders section's read of the overview last posted against a bare one-row query. On a
 * migrated H2 file under {@code target/bench/} and, when {@code BATON_TEST_POSTGRES_URL} is set, a fresh PostgreSQL
 * schema. Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.HealthOverviewBenchmark}.
 */
public final class HealthOverviewBenchmark {
    static final int WARM_UPS = 3;
    static final int RUNS = 20;
    static final int LATEST_RUNS = 500;
    private static final String BARE = "select a.id, a.name, a.segment, h.score, h.band, h.missing, w.score as last_score,"
            + " w.band as last_band from account_health h join account a on a.id = h.account_id"
            + " left join account_health_week w on w.account_id = h.account_id and w.week_start = :lastWeek"
            + " where h.score is not null";

    private HealthOverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchDatabases.onEach("overview", "Weekly health overview", (label, db) -> benchmark(label, db, now));
    }

    static void benchmark(String label, Database db, Instant now) throws Exception {
        long start = System.nanoTime();
        HomeBenchmark.load(db, now);
        System.out.printf("loaded %,d accounts, their health and last week's snapshots into %s in %,.0f ms%n",
                HomeBenchmark.ACCOUNTS, label, ms(System.nanoTime() - start));
        LocalDate week = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        HealthOverview overview = db.jdbi().withHandle(h -> HealthOverview.read(h, week));
        System.out.printf("  %s: %,d scored accounts, %d movers listed, %,d turned red%n", label, overview.accounts(),
                overview.movers().size(), overview.turnedRedCount());
        compare("Weekly health overview read (" + label + ")", RUNS,
                () -> db.jdbi().withHandle(h -> HealthOverview.read(h, week)),
                () -> db.jdbi().withHandle(h -> h.createQuery(BARE).bind("lastWeek", week.minusWeeks(1)).mapToMap()
                        .list()));
        db.jdbi().useHandle(h -> h.execute("insert into health_overview_week (week_start, posted_at, overview) "
                + "values (?, ?, ?)", week, now, overview.toJson()));
        compare("Leaders' overview last posted (" + label + ")", LATEST_RUNS,
                () -> db.jdbi().withHandle(HealthOverview::latest),
                () -> db.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()));
    }

    private static void compare(String what, int runs, Supplier<?> measured, Supplier<?> bare) {
        List<Long> times = new ArrayList<>();
        List<Long> bareTimes = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + runs; i++) {
            long t0 = System.nanoTime();
            measured.get();
            long t1 = System.nanoTime();
            bare.get();
            long t2 = System.nanoTime();
            if (i >= WARM_UPS) {
                times.add(t1 - t0);
                bareTimes.add(t2 - t1);
            }
        }
        Collections.sort(times);
        Collections.sort(bareTimes);
        double p50 = ms(at(times, 0.50));
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d runs; bare p50 %.2f ms, p95 %.2f ms;"
                        + " ratio %.1f%n", what, p50, ms(at(times, 0.95)), ms(times.get(times.size() - 1)), times.size(),
                ms(at(bareTimes, 0.50)), ms(at(bareTimes, 0.95)), p50 / ms(at(bareTimes, 0.50)));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
