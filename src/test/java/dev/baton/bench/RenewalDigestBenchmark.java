package dev.baton.bench;

import dev.baton.forecast.DigestDao;
import dev.baton.forecast.DigestReport;
import dev.baton.forecast.DigestWindow;
import dev.baton.forecast.WeeklyDigest;
import dev.baton.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The weekly forecast digest over a large book: 100,000 accounts, 10,000 of them renewing in the digest's window
 * (the current quarter and the three after it), 8,000 with a cycle of varied rating, assessment and forecast (one
 * in 25 since processed), and last week's figures for 7,000 of those (some ratings and outcomes different).
 * Bulk-loaded into a migrated H2 file database under {@code target/bench/} and, when {@code BATON_TEST_POSTGRES_URL}
 * is set, a fresh PostgreSQL schema. Times {@link WeeklyDigest#report} (every figure, change and gap the digest
 * shows) over {@value #RUNS} runs after {@value #WARM_UPS} warm-ups, against a bare baseline over the same rows (the
 * window's ARR and count per quarter in one plain group-by), and prints p50, max and the ratio. Goal: under 2 s.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.RenewalDigestBenchmark}.
 */
public final class RenewalDigestBenchmark {
    static final int ACCOUNTS = 100_000;
    static final int IN_WINDOW = 10_000;
    static final int WITH_CYCLE = 8_000;
    static final int LAST_WEEK = 7_000;
    /** Every 25th cycle was processed since last week's digest. */
    static final int PROCESSED_EVERY = 25;
    static final int WARM_UPS = 3;
    static final int RUNS = 10;
    static final String[] RATINGS = {"green", "green", "green", "green", "yellow", "yellow", "yellow", "red", null, null};
    static final String[] OUTCOMES = {"flat", "flat", "flat", "incremental", "partial_churn", "full_churn", null, null};
    static final String[] ASSESSMENTS = {"agreed", "agreed", "agreed", "agreed", "agreed", "submitted", "draft", null};
    private static final String BASELINE = "select cast(extract(year from renewal_date) as integer) as y,"
            + " cast(extract(quarter from renewal_date) as integer) as q, count(*) as n, sum(arr_cents) as arr"
            + " from account where renewal_date between :from and :to"
            + " group by cast(extract(year from renewal_date) as integer), cast(extract(quarter from renewal_date) as integer)";

    private RenewalDigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        BenchDatabases.onEach("digest", "renewal digest", (label, db) -> benchmark(label, db, today, week));
    }

    static void benchmark(String label, Database db, LocalDate today, LocalDate week) throws SQLException {
        long start = System.nanoTime();
        load(db, today, week);
        System.out.printf("loaded %,d accounts (%,d renewing in the window, %,d cycles, %,d of last week's rows)"
                + " into %s in %,.0f ms%n", ACCOUNTS, IN_WINDOW, WITH_CYCLE, LAST_WEEK, label, ms(System.nanoTime() - start));
        db.prepare(DigestDao.class);
        DigestWindow window = DigestWindow.of(today);
        DigestReport report = null;
        List<Long> digest = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            // parameters that differ from the run before: H2 hands back a statement's last result when they are the same
            LocalDate day = today.minusDays(i % 2);
            LocalDate to = window.to().minusDays(i % 2);
            long t0 = System.nanoTime();
            report = db.jdbi().withExtension(DigestDao.class, dao -> WeeklyDigest.report(dao, week, day));
            long t1 = System.nanoTime();
            db.jdbi().withHandle(h -> h.createQuery(BASELINE).bind("from", window.from()).bind("to", to)
                    .mapToMap().list());
            long t2 = System.nanoTime();
            if (i >= WARM_UPS) {
                digest.add(t1 - t0);
                bare.add(t2 - t1);
            }
        }
        Collections.sort(digest);
        Collections.sort(bare);
        double p50 = ms(digest.get(RUNS / 2));
        double bareP50 = ms(bare.get(RUNS / 2));
        System.out.printf("renewal digest (%s): p50 %.1f ms, max %.1f ms over %d runs; bare group-by p50 %.1f ms, max"
                        + " %.1f ms; ratio %.1f (goal: under 2000 ms)%n", label, p50, ms(digest.get(RUNS - 1)), RUNS,
                bareP50, ms(bare.get(RUNS - 1)), p50 / bareP50);
        System.out.printf("  per query, p50 of %d: %s%n", RUNS, breakdown(db, week, today));
        System.out.printf("  the digest saw %,d renewals in %d quarters, %s changes, %s gaps%n",
                report.total().renewals(), report.quarters().size(),
                report.changes().stream().map(g -> g.kind() + " " + g.total()).toList(),
                report.gaps().stream().map(g -> g.kind() + " " + g.total()).toList());
    }

    /** Each of the digest's queries on its own, so the figures say which one costs what. */
    private static String breakdown(Database db, LocalDate week, LocalDate today) {
        List<String> parts = new ArrayList<>();
        Map<String, java.util.function.BiConsumer<DigestDao, DigestWindow>> queries = new LinkedHashMap<>();
        queries.put("quarters", DigestDao::quarters);
        queries.put("changes", (dao, window) -> dao.changes(window, week.minusWeeks(1), 10));
        queries.put("gaps", (dao, window) -> dao.gaps(window, 10));
        queries.forEach((name, query) -> {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                DigestWindow window = DigestWindow.of(today.minusDays(i % 2));
                long t0 = System.nanoTime();
                db.jdbi().useExtension(DigestDao.class, dao -> query.accept(dao, window));
                nanos.add(System.nanoTime() - t0);
            }
            Collections.sort(nanos);
            parts.add(String.format("%s %.1f ms", name, ms(nanos.get(RUNS / 2))));
        });
        return String.join(", ", parts);
    }

    /** Plain JDBC batches: the accounts, the open cycles with their assessments, last week's figures and digest. */
    static void load(Database db, LocalDate today, LocalDate week) throws SQLException {
        Random random = new Random(42);
        DigestWindow window = DigestWindow.of(today);
        int span = (int) ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
        OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key, ae,"
                    + " renewal_date, arr_cents, seats_purchased, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement cycle = c.prepareStatement("insert into renewal_cycle (id, account_id, renewal_date,"
                         + " status, rating, forecast_outcome, forecast_arr_after_cents, forecast_rating, created_at,"
                         + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement assessment = c.prepareStatement("insert into renewal_assessment (cycle_id, status,"
                         + " saved_by, saved_at) values (?, ?, 'UTA1', ?)");
                 PreparedStatement lastWeek = c.prepareStatement("insert into forecast_week (week_start, cycle_id,"
                         + " rating, outcome, arr_cents, projected_arr_after_cents) values (?, ?, ?, ?, ?, ?)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    boolean inWindow = a <= IN_WINDOW;
                    LocalDate renews = inWindow ? window.from().plusDays(random.nextInt(span))
                            : a % 10 == 0 ? null : window.to().plusDays(1 + random.nextInt(3 * 365));
                    long arr = 1_000_00L * (1 + random.nextInt(500));
                    String name = String.format("Bench Account %06d", a);
                    account.setLong(1, a);
                    account.setString(2, String.format("BENCH-%06d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase(Locale.ROOT));
                    account.setString(5, "UAE" + (a % 50));
                    account.setObject(6, renews);
                    account.setLong(7, arr);
                    account.setInt(8, 10 + a % 300);
                    account.setObject(9, stamp);
                    account.setObject(10, stamp);
                    account.addBatch();
                    if (a <= WITH_CYCLE) {
                        addCycle(random, cycle, assessment, lastWeek, a, renews, arr, stamp, week);
                    }
                    if (a % 2_000 == 0) {
                        account.executeBatch();
                        cycle.executeBatch();
                        assessment.executeBatch();
                        lastWeek.executeBatch();
                    }
                }
            }
            try (Statement statement = c.createStatement()) {
                // last week's digest was sent, so this week's says what changed
                statement.execute("insert into forecast_digest (week_start, claimed_by, claimed_at, sent_at) values ('"
                        + week.minusWeeks(1) + "', 'bench', current_timestamp, current_timestamp)");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement statement = c.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    private static void addCycle(Random random, PreparedStatement cycle, PreparedStatement assessment,
                                 PreparedStatement lastWeek, int id, LocalDate renews, long arr, OffsetDateTime stamp,
                                 LocalDate week) throws SQLException {
        String rating = RATINGS[random.nextInt(RATINGS.length)];
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        Long after = "partial_churn".equals(outcome) ? Long.valueOf(arr / 2)
                : "incremental".equals(outcome) ? Long.valueOf(arr * 3 / 2) : null;
        cycle.setLong(1, id);
        cycle.setLong(2, id);
        cycle.setObject(3, renews);
        cycle.setString(4, id % PROCESSED_EVERY == 0 ? "processed" : "open");
        cycle.setString(5, rating);
        cycle.setString(6, outcome);
        cycle.setObject(7, after);
        cycle.setString(8, outcome == null ? null : random.nextInt(5) == 0 ? "yellow" : rating);
        cycle.setObject(9, stamp);
        cycle.setObject(10, stamp);
        cycle.addBatch();
        String status = ASSESSMENTS[random.nextInt(ASSESSMENTS.length)];
        if (status != null) {
            assessment.setLong(1, id);
            assessment.setString(2, status);
            assessment.setObject(3, stamp);
            assessment.addBatch();
        }
        if (id <= LAST_WEEK) {
            lastWeek.setObject(1, week.minusWeeks(1));
            lastWeek.setLong(2, id);
            lastWeek.setString(3, random.nextInt(10) == 0 ? "red" : rating);
            lastWeek.setString(4, random.nextInt(10) == 0 ? "flat" : outcome);
            lastWeek.setLong(5, arr);
            lastWeek.setObject(6, after);
            lastWeek.addBatch();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
