package dev.baton.bench;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.TestDatabases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journey tick: {@code ACCOUNTS} Pooled accounts closed-won two days ago, each with a Program Contact and an
 * Instance Admin, bulk-loaded through the real migrations into H2 and, when {@code BATON_TEST_POSTGRES_URL} is set,
 * a fresh PostgreSQL schema. A whole Baton on that database, its clock at 20:00 UTC (out of hours: every email is
 * queued for the next working day, so nothing is sent), times its first tick (every account enrolled in the five
 * journeys, both onboarding emails queued to each contact: a journey_message row and an outbox row in one
 * transaction per email) and three ticks after it (nothing new: what every 30 s costs). Beside it, in the same
 * run and database, the bare baseline: one plain JDBC insert and commit per email into a scratch table, the
 * database's floor for one transaction per email.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.JourneyBenchmark}
 * ({@code -Daccounts=N} to change the 10,000).
 */
public final class JourneyBenchmark {
    static final int ACCOUNTS = Integer.getInteger("accounts", 10_000);
    static final int STEADY_TICKS = 3;

    private JourneyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<DatabaseKind> kinds = new ArrayList<>(List.of(DatabaseKind.H2));
        if (TestDatabases.postgresAvailable()) {
            kinds.add(DatabaseKind.POSTGRESQL);
        }
        for (DatabaseKind kind : kinds) {
            run(kind);
        }
        System.exit(0);
    }

    private static void run(DatabaseKind kind) throws Exception {
        String url = kind.freshUrl();
        String user = kind == DatabaseKind.POSTGRESQL ? TestDatabases.postgresUser() : "sa";
        String password = kind == DatabaseKind.POSTGRESQL ? TestDatabases.postgresPassword() : "";
        Instant now = LocalDate.now(ZoneOffset.UTC).atTime(20, 0).toInstant(ZoneOffset.UTC);
        load(url, user, password, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2));
        Map<String, String> env = new HashMap<>(Map.of("BATON_DATABASE_URL", url, "BATON_DATABASE_USER", user,
                "BATON_DATABASE_PASSWORD", password, "BATON_SMTP_URL", "smtp://127.0.0.1:1",
                "BATON_MAIL_FROM", "success@example.com"));
        try (FakeSlackApi slack = FakeSlackApi.start();
             RunningBaton baton = RunningBaton.start(slack, env, new MutableClock(now))) {
            long first = timed(baton);
            int queued = count(baton.database(), "select count(*) from journey_message");
            int enrolled = count(baton.database(), "select count(*) from journey_enrolment");
            List<Long> steady = new ArrayList<>();
            for (int i = 0; i < STEADY_TICKS; i++) {
                steady.add(timed(baton));
            }
            long bare = bare(baton.database(), queued);
            System.out.printf(Locale.ROOT, "%s, %,d accounts: first tick %,d ms (%,d enrolments, %,d emails queued: "
                            + "%.0f emails/s, %.2f ms each); bare one-commit-per-email inserts %,d ms (%.2f ms each); "
                            + "ratio %.1f%n", kind, ACCOUNTS, first / 1_000_000, enrolled, queued,
                    queued / (first / 1e9), first / 1e6 / Math.max(1, queued), bare / 1_000_000,
                    bare / 1e6 / Math.max(1, queued), (double) first / bare);
            System.out.printf(Locale.ROOT, "%s, %,d accounts: ticks with nothing new: %s ms%n", kind, ACCOUNTS,
                    steady.stream().map(n -> String.valueOf(n / 1_000_000)).toList());
        }
    }

    private static long timed(RunningBaton baton) {
        long start = System.nanoTime();
        baton.baton().tick();
        return System.nanoTime() - start;
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** The baseline: {@code rows} inserts, each committed on its own, as each email is. */
    private static long bare(Database db, int rows) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bench_bare (id bigint primary key, contact_id bigint, step varchar(64),"
                    + " payload varchar(4000))");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into bench_bare values (?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, i);
                    insert.setLong(2, i);
                    insert.setString(3, "getting-started");
                    insert.setString(4, "x".repeat(2000));
                    insert.executeUpdate();
                    c.commit();
                }
            }
            long took = System.nanoTime() - start;
            c.setAutoCommit(true);
            s.execute("drop table bench_bare");
            return took;
        }
    }

    private static void load(String url, String user, String password, LocalDate closedWon) throws Exception {
        try (Database db = Database.open(url, user, password); Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key, segment,"
                    + " service_model, closed_won_date, ae, ce, ta, created_at, updated_at)"
                    + " values (?, ?, ?, ?, 'SMB', 'Pooled', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, title, email,"
                         + " email_key, roles, instance_admin, created_at, updated_at) values (?, ?, null, ?, ?, ?, ?, ?, ?)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    String name = String.format("Pooled %05d", a);
                    account.setLong(1, a);
                    account.setString(2, String.format("POOL%05d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase(Locale.ROOT));
                    account.setObject(5, closedWon);
                    account.setString(6, "UAE" + (a % 50));
                    account.setString(7, "UCE" + (a % 40));
                    account.setString(8, "UTA" + (a % 30));
                    account.setTimestamp(9, now);
                    account.setTimestamp(10, now);
                    account.addBatch();
                    for (String role : List.of("program_contact", "instance_admin")) {
                        String email = role.charAt(0) + "" + a + "@pooled.example";
                        contact.setLong(1, a);
                        contact.setString(2, email);
                        contact.setString(3, email);
                        contact.setString(4, email);
                        contact.setString(5, "," + role + ",");
                        contact.setBoolean(6, role.equals("instance_admin"));
                        contact.setTimestamp(7, now);
                        contact.setTimestamp(8, now);
                        contact.addBatch();
                    }
                    if (a % 1000 == 0) {
                        account.executeBatch();
                        contact.executeBatch();
                    }
                }
                account.executeBatch();
                contact.executeBatch();
            }
            c.commit();
        }
    }
}
