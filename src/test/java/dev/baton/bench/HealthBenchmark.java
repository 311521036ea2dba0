package dev.baton.bench;

import dev.baton.account.Contacts;
import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.accounthealth.HealthRecomputeProbe;
import dev.baton.store.Database;
import dev.baton.testing.MutableClock;
import org.jdbi.v3.core.Handle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The health score's recomputation rate over a book of {@value #ACCOUNTS} accounts in four segments: a seat report
 * and two weeks of active users for nine in ten, first uses of a catalogue of {@value #FEATURES} features (about
 * seven an account, the common ones used by most peers), two contacts each with roles, a product version. Bulk-
 * loaded into a migrated H2 file database under {@code target/bench/} and, when {@code BATON_TEST_POSTGRES_URL} is
 * set, a fresh PostgreSQL schema. Times, over the accounts in batches of {@value #BATCH}: a bare baseline (the same
 * input rows read per account in a transaction, nothing scored or written), {@code HealthRecompute} (each account in
 * a transaction of its own) and the health workflow's tick over every account marked dirty (the
 * queue, the claims, the band changes). Prints accounts per second, the ratio to the bare reads, and each batch's
 * p50 and max. {@code HEALTH_BENCH_ACCOUNTS=n} scores only the first n of the book in each phase (the book stays
 * {@value #ACCOUNTS}), for a slow build.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.HealthBenchmark}.
 */
public final class HealthBenchmark {
    static final int ACCOUNTS = 100_000;
    static final int FEATURES = 30;
    static final int BATCH = 200;
    static final String[] SEGMENTS = {"Strategic", "Enterprise", "Mid-Market", "SMB"};
    private static final String BARE_SEATS = "select active_users, seats_purchased, as_of from usage_seat_state"
            + " where account_id = :a and as_of is not null";
    private static final String BARE_WEEKS = "select active_users from account_active_week where account_id = :a"
            + " and week_start >= :since order by week_start";
    private static final String BARE_FEATURES = "select feature_key from usage_first_use where account_id = :a";
    private static final String BARE_VERSION = "select segment, product_version from account where id = :a";
    private static final String BARE_CONFIRMED = "select a.contacts_confirmed from renewal_assessment a"
            + " join renewal_cycle c on c.id = a.cycle_id where c.account_id = :a and a.submitted_at is not null"
            + " order by a.submitted_at desc limit 1";

    private HealthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int scored = Integer.parseInt(System.getenv().getOrDefault("HEALTH_BENCH_ACCOUNTS", String.valueOf(ACCOUNTS)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchDatabases.onEach("health", "Health recompute", (label, db) -> benchmark(label, db, now, scored));
    }

    static void benchmark(String label, Database db, Instant now, int scored) throws SQLException {
        long start = System.nanoTime();
        load(db, now, scored);
        System.out.printf("loaded %,d accounts, their seat reports, first uses and contacts into %s in %,.0f ms;"
                + " scoring %,d of them%n", ACCOUNTS, label, ms(System.nanoTime() - start), scored);
        MutableClock clock = new MutableClock(now);
        HealthRecomputeProbe probe = new HealthRecomputeProbe(db, clock, Duration.ofSeconds(60));
        LocalDate since = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(4);

        List<Long> bareBatches = new ArrayList<>();
        long bareStart = System.nanoTime();
        for (int from = 1; from <= scored; from += BATCH) {
            long t0 = System.nanoTime();
            for (long a = from; a < Math.min(scored + 1, from + BATCH); a++) {
                long id = a;
                db.jdbi().useTransaction(handle -> bareReads(handle, id, since));
            }
            bareBatches.add(System.nanoTime() - t0);
        }
        long bare = System.nanoTime() - bareStart;
        print(label, "bare reads of the same inputs", scored, bare, bareBatches, bare);

        List<Long> recomputeBatches = new ArrayList<>();
        long recomputeStart = System.nanoTime();
        int withScore = 0;
        for (int from = 1; from <= scored; from += BATCH) {
            List<Long> ids = new ArrayList<>();
            for (long a = from; a < Math.min(scored + 1, from + BATCH); a++) {
                ids.add(a);
            }
            long t0 = System.nanoTime();
            withScore += probe.recompute(ids);
            recomputeBatches.add(System.nanoTime() - t0);
        }
        long recompute = System.nanoTime() - recomputeStart;
        print(label, "HealthRecompute", withScore, recompute, recomputeBatches, bare);

        clock.advance(Duration.ofHours(2)); // the marks are past their debounce
        List<Long> ticks = new ArrayList<>();
        long tickStart = System.nanoTime();
        int ticked = 0;
        while (true) {
            long t0 = System.nanoTime();
            int done = probe.tick();
            if (done == 0) {
                break;
            }
            ticks.add(System.nanoTime() - t0);
            ticked += done;
        }
        long tick = System.nanoTime() - tickStart;
        int left = db.jdbi().withHandle(h -> h.createQuery("select count(*) from account_health_dirty")
                .mapTo(Integer.class).one());
        print(label, "the workflow's tick (" + ticks.size() + " ticks)", ticked, tick, ticks, bare);
        if (ticked != scored || left != 0) {
            throw new IllegalStateException("the ticks recomputed " + ticked + " of " + scored + " marked accounts, "
                    + left + " marks left");
        }
    }

    /** What the score reads of one account, by plain queries: the same rows, nothing scored or written. */
    private static void bareReads(Handle handle, long id, LocalDate since) {
        handle.createQuery(BARE_SEATS).bind("a", id).mapToMap().findOne();
        handle.createQuery(BARE_WEEKS).bind("a", id).bind("since", since).mapTo(Integer.class).list();
        handle.createQuery(BARE_FEATURES).bind("a", id).mapTo(String.class).list();
        handle.createQuery(BARE_VERSION).bind("a", id).mapToMap().one();
        Contacts.forAccount(handle, id);
        handle.createQuery(BARE_CONFIRMED).bind("a", id).mapTo(Boolean.class).findOne();
    }

    private static void print(String label, String what, int accounts, long nanos, List<Long> batches, long bare) {
        List<Long> sorted = new ArrayList<>(batches);
        Collections.sort(sorted);
        double seconds = nanos / 1e9;
        System.out.printf("Health recompute (%s), %s: %,d accounts in %.1f s, %,.1f accounts/s (ratio to bare %.2f);"
                        + " per batch or tick p50 %.1f ms, max %.1f ms%n", label, what, accounts, seconds,
                accounts / seconds, bare / (double) nanos, ms(sorted.get(sorted.size() / 2)),
                ms(sorted.get(sorted.size() - 1)));
    }

    /** Plain JDBC batches: the accounts with their seat reports, active weeks, first uses, contacts and marks. */
    static void load(Database db, Instant now, int marked) throws SQLException {
        Random random = new Random(17);
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        LocalDate week = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        String champion = Roles.of(List.of(Role.CHAMPION, Role.INSTANCE_ADMIN)).toColumn();
        String program = Roles.of(List.of(Role.PROGRAM_CONTACT)).toColumn();
        String user = Roles.of(List.of(Role.END_USER)).toColumn();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key,"
                    + " segment, ae, ta, seats_purchased, product_version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement seats = c.prepareStatement("insert into usage_seat_state (account_id, state,"
                         + " active_users, seats_purchased, as_of, updated_at) values (?, 'healthy', ?, ?, ?, ?)");
                 PreparedStatement active = c.prepareStatement("insert into account_active_week (account_id,"
                         + " week_start, active_users) values (?, ?, ?)");
                 PreparedStatement firstUse = c.prepareStatement("insert into usage_first_use (pair_key, account_id,"
                         + " feature_key, feature, recorded_at) values (?, ?, ?, ?, ?)");
                 PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, email,"
                         + " email_key, roles, instance_admin, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement dirty = c.prepareStatement("insert into account_health_dirty (account_id,"
                         + " marked_at, first_marked, marks) values (?, ?, ?, 1)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    String name = String.format("Health Account %06d", a);
                    int seatsPurchased = 10 + random.nextInt(500);
                    account.setLong(1, a);
                    account.setString(2, String.format("HEALTH-%06d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase(Locale.ROOT));
                    account.setString(5, SEGMENTS[a % SEGMENTS.length]);
                    account.setString(6, "UAE" + (a % 200));
                    account.setString(7, "UTA" + (a % 200));
                    account.setInt(8, seatsPurchased);
                    account.setString(9, a % 20 == 0 ? null : "16." + random.nextInt(8) + "." + random.nextInt(4));
                    account.setObject(10, stamp);
                    account.setObject(11, stamp);
                    account.addBatch();
                    if (a % 10 != 0) {
                        int users = random.nextInt(seatsPurchased + 1);
                        seats.setLong(1, a);
                        seats.setInt(2, users);
                        seats.setInt(3, seatsPurchased);
                        seats.setObject(4, stamp.minusDays(1));
                        seats.setObject(5, stamp.minusDays(1));
                        seats.addBatch();
                        for (int w : new int[] {4, 2}) {
                            active.setLong(1, a);
                            active.setObject(2, week.minusWeeks(w));
                            active.setInt(3, Math.max(1, users + random.nextInt(41) - 20));
                            active.addBatch();
                        }
                    }
                    for (int f = 0; f < FEATURES; f++) {
                        double used = f < 4 ? 0.8 : f < 8 ? 0.55 : f < 16 ? 0.15 : 0.02;
                        if (random.nextDouble() < used) {
                            String feature = "feature-" + f;
                            firstUse.setString(1, a + ":" + feature);
                            firstUse.setLong(2, a);
                            firstUse.setString(3, feature);
                            firstUse.setString(4, feature);
                            firstUse.setObject(5, stamp.minusDays(random.nextInt(300)));
                            firstUse.addBatch();
                        }
                    }
                    for (int k = 0; k < 2; k++) {
                        String email = "person" + k + "@account" + a + ".test";
                        String roles = k == 0 ? (a % 3 == 0 ? user : champion) : (a % 2 == 0 ? program : user);
                        contact.setLong(1, a);
                        contact.setString(2, "Person " + k);
                        contact.setString(3, email);
                        contact.setString(4, email);
                        contact.setString(5, roles);
                        contact.setBoolean(6, roles.equals(champion));
                        contact.setObject(7, stamp);
                        contact.setObject(8, stamp);
                        contact.addBatch();
                    }
                    if (a <= marked) {
                        dirty.setLong(1, a);
                        dirty.setObject(2, stamp.minusHours(1));
                        dirty.setObject(3, stamp.minusHours(1));
                        dirty.addBatch();
                    }
                    if (a % 2_000 == 0) {
                        for (PreparedStatement s : List.of(account, seats, active, firstUse, contact, dirty)) {
                            s.executeBatch();
                        }
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

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
