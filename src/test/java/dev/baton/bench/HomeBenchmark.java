package dev.baton.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.home.HomeBuildProbe;
import dev.baton.store.Database;
import dev.baton.testing.MutableClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * App Home for a person with {@value #MINE} accounts in a book of {@value #ACCOUNTS}: a health score for nine in ten
 * accounts and last week's snapshot for the trend, three timeline steps per account of theirs (about 5% due or
 * overdue) and one per other account. Bulk-loaded into a migrated H2 file database under {@code target/bench/}
 * and, when {@code BATON_TEST_POSTGRES_URL} is set, a fresh PostgreSQL schema. Walks every page of My accounts in
 * both orders, checking each view stays within Slack's 100 blocks and that the pages show every account once; then
 * times {@value #RUNS} builds (the database reads and the rendering, as published), the AE's and a leader's, after
 * {@value #WARM_UPS} warm-ups, against a bare baseline in the same run (the same rows read by three plain queries,
 * nothing rendered), and prints p50, p95, p99, max and the ratio. The leader's team view and bands are counted by
 * the tick beforehand ({@code TeamSummary}, timed on its own). Goal: under 200 ms on H2.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.HomeBenchmark}.
 */
public final class HomeBenchmark {
    static final int ACCOUNTS = 100_000;
    static final int MINE = 500;
    static final int OTHER_AES = 200;
    static final String AE = "UAEBENCH";
    static final String LEADER = "ULEADBENCH";
    static final List<String> STEPS = List.of("roles-tagged", "support-level-set", "ta-assigned");
    static final String[] BANDS = {"green", "green", "green", "yellow", "yellow", "red"};
    static final int WARM_UPS = 20;
    static final int RUNS = 200;
    static final int TEAM_COUNTS = 5;
    static final int BLOCK_LIMIT = 100;
    private static final Pattern ACCOUNT = Pattern.compile("\\*(Bench Account \\d{6})\\*");
    private static final String BARE_TODAY = "select d.id, d.step, d.due_at, a.name from due_step d"
            + " join account a on a.id = d.account_id where d.status = 'pending' and d.due_at < :until"
            + " and :user in (a.ae, a.ce, a.ta, a.expand_ae) order by d.due_at, d.id limit 10";
    private static final String BARE_ACCOUNTS = "select a.id, a.name, a.renewal_date, h.score, h.band from account a"
            + " left join account_health h on h.account_id = a.id where :user in (a.ae, a.ce, a.ta, a.expand_ae)"
            + " order by h.score, a.id limit 15 offset :offset";
    private static final String BARE_COUNT = "select count(*) from account a where :user in (a.ae, a.ce, a.ta, a.expand_ae)";

    private HomeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchDatabases.onEach("home", "App Home", (label, db) -> benchmark(label, db, now));
    }

    static void benchmark(String label, Database db, Instant now) throws SQLException {
        long start = System.nanoTime();
        load(db, now);
        System.out.printf("loaded %,d accounts (%,d of them %s's), their health and steps into %s in %,.0f ms%n",
                ACCOUNTS, MINE, AE, label, ms(System.nanoTime() - start));
        MutableClock clock = new MutableClock(now);
        HomeBuildProbe probe = new HomeBuildProbe(db, clock, Set.of(LEADER));
        countTeam(label, probe, clock);
        checkPages(label, probe, false);
        checkPages(label, probe, true);
        List<Long> ae = new ArrayList<>();
        List<Long> leader = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        int pages = (MINE + 14) / 15;
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            int page = i % pages; // a different page each time: H2 hands back a statement's last result when they are the same
            long t0 = System.nanoTime();
            probe.view(AE, i % 2 == 1, 0, page);
            long t1 = System.nanoTime();
            probe.view(LEADER, false, 0, 0);
            long t2 = System.nanoTime();
            bareReads(db, now, page);
            long t3 = System.nanoTime();
            if (i >= WARM_UPS) {
                ae.add(t1 - t0);
                leader.add(t2 - t1);
                bare.add(t3 - t2);
            }
        }
        print("App Home, AE with " + MINE + " accounts (" + label + ")", ae, bare);
        print("App Home, leader (" + label + ")", leader, bare);
    }

    /** The tick's count of the leaders' team view and bands (once a minute, on one instance), timed a few times. */
    private static void countTeam(String label, HomeBuildProbe probe, MutableClock clock) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < TEAM_COUNTS; i++) {
            clock.advance(java.time.Duration.ofSeconds(61));
            long t0 = System.nanoTime();
            if (!probe.countTeam()) {
                throw new IllegalStateException("the team summary was not counted");
            }
            counts.add(System.nanoTime() - t0);
        }
        Collections.sort(counts);
        System.out.printf("  %s, the tick's count of the team view and bands: p50 %.1f ms, max %.1f ms over %d counts%n",
                label, ms(at(counts, 0.5)), ms(counts.get(counts.size() - 1)), counts.size());
    }

    /** Every page of My accounts, following Next: within 100 blocks each, every account shown exactly once. */
    private static void checkPages(String label, HomeBuildProbe probe, boolean byRenewal) {
        Set<String> seen = new HashSet<>();
        int page = 0;
        int most = 0;
        String view = probe.view(AE, byRenewal, 0, page);
        while (true) {
            JsonObject parsed = JsonParser.parseString(view).getAsJsonObject();
            int blocks = parsed.getAsJsonArray("blocks").size();
            most = Math.max(most, blocks);
            if (blocks > BLOCK_LIMIT) {
                throw new IllegalStateException("page " + page + " has " + blocks + " blocks");
            }
            Matcher names = ACCOUNT.matcher(view);
            while (names.find()) {
                if (!seen.add(names.group(1))) {
                    throw new IllegalStateException(names.group(1) + " shown twice, again on page " + page);
                }
            }
            if (!hasNext(parsed)) {
                break;
            }
            view = probe.view(AE, byRenewal, 0, ++page);
        }
        if (seen.size() != MINE) {
            throw new IllegalStateException("the pages showed " + seen.size() + " of " + MINE + " accounts");
        }
        System.out.printf("  %s, by %s: %d pages, at most %d blocks, all %d accounts shown once%n", label,
                byRenewal ? "renewal" : "health", page + 1, most, MINE);
    }

    private static boolean hasNext(JsonObject view) {
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonArray elements = block.getAsJsonObject().getAsJsonArray("elements");
            if (elements != null && elements.toString().contains("\"home-page-next\"")
                    && elements.toString().contains("accounts:")) {
                return true;
            }
        }
        return false;
    }

    private static void bareReads(Database db, Instant now, int page) {
        db.jdbi().useHandle(h -> {
            h.createQuery(BARE_TODAY).bind("until", now.plus(1, ChronoUnit.DAYS)).bind("user", AE).mapToMap().list();
            h.createQuery(BARE_ACCOUNTS).bind("user", AE).bind("offset", page * 15).mapToMap().list();
            h.createQuery(BARE_COUNT).bind("user", AE).mapTo(Integer.class).one();
        });
    }

    private static void print(String what, List<Long> builds, List<Long> bare) {
        Collections.sort(builds);
        Collections.sort(bare);
        double p50 = ms(at(builds, 0.50));
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %d builds; bare reads p50 %.1f ms,"
                        + " p95 %.1f ms; ratio %.1f (goal: under 200 ms)%n", what, p50, ms(at(builds, 0.95)),
                ms(at(builds, 0.99)), ms(builds.get(builds.size() - 1)), builds.size(), ms(at(bare, 0.50)),
                ms(at(bare, 0.95)), p50 / ms(at(bare, 0.50)));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }

    /** Plain JDBC batches: the accounts, their health (this week and last), and their timeline steps. */
    static void load(Database db, Instant now) throws SQLException {
        Random random = new Random(17);
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key, ae,"
                    + " ta, renewal_date, arr_cents, seats_purchased, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement health = c.prepareStatement("insert into account_health (account_id, score, band,"
                         + " components, missing, computed_at) values (?, ?, ?, '{}', '', ?)");
                 PreparedStatement week = c.prepareStatement("insert into account_health_week (account_id, week_start,"
                         + " score, band, components) values (?, ?, ?, ?, '{}')");
                 PreparedStatement step = c.prepareStatement("insert into due_step (account_id, step, due_at, status,"
                         + " reminders_sent) values (?, ?, ?, 'pending', 0)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    boolean mine = a <= MINE;
                    String name = String.format("Bench Account %06d", a);
                    account.setLong(1, a);
                    account.setString(2, String.format("BENCH-%06d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase(Locale.ROOT));
                    account.setString(5, mine ? AE : "UAE" + (a % OTHER_AES));
                    account.setString(6, "UTA" + (a % OTHER_AES));
                    account.setObject(7, a % 10 == 0 ? null : today.plusDays(random.nextInt(720)));
                    account.setLong(8, 1_000_00L * (1 + random.nextInt(500)));
                    account.setInt(9, 10 + a % 300);
                    account.setObject(10, stamp);
                    account.setObject(11, stamp);
                    account.addBatch();
                    if (a % 10 != 0) {
                        int score = random.nextInt(101);
                        addHealth(health, week, a, score, stamp, lastWeek, random);
                    }
                    for (int s = 0; s < (mine ? STEPS.size() : 1); s++) {
                        step.setLong(1, a);
                        step.setString(2, STEPS.get(s));
                        long minutes = random.nextInt(20) == 0 ? -random.nextInt(7 * 24 * 60) : random.nextInt(120 * 24 * 60);
                        step.setObject(3, now.plus(minutes, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
                        step.addBatch();
                    }
                    if (a % 2_000 == 0) {
                        account.executeBatch();
                        health.executeBatch();
                        week.executeBatch();
                        step.executeBatch();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement statement = c.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    private static void addHealth(PreparedStatement health, PreparedStatement week, int id, int score,
                                  OffsetDateTime stamp, LocalDate lastWeek, Random random) throws SQLException {
        health.setLong(1, id);
        health.setInt(2, score);
        health.setString(3, score >= 70 ? "green" : score >= 40 ? "yellow" : "red");
        health.setObject(4, stamp);
        health.addBatch();
        int before = Math.max(0, Math.min(100, score + random.nextInt(21) - 10));
        week.setLong(1, id);
        week.setObject(2, lastWeek);
        week.setInt(3, before);
        week.setString(4, BANDS[random.nextInt(BANDS.length)]);
        week.addBatch();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
