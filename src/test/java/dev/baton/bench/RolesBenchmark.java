package dev.baton.bench;

import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.TestDatabases;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The /roles benchmark: 10,000 accounts with 5 contacts each; signed {@code /roles <account>} from 32
 * concurrent clients against Baton (its real jar, on H2) and, in the same run, against a bare Bolt app
 * that only acks; prints ack latency percentiles, their ratio, launch-to-healthy time and heap; on H2, and then on
 * a fresh PostgreSQL schema when {@code BATON_TEST_POSTGRES_URL} is set.
 */
public final class RolesBenchmark {
    static final int ACCOUNTS = 10_000;
    static final int CONTACTS_PER_ACCOUNT = 5;
    static final int CLIENTS = 32;
    static final int WARMUP = 16_000;
    static final int MEASURED = 20_000;
    static final String SECRET = "bench-signing-secret";

    private RolesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/baton.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q -DskipTests package");
        }
        Path dir = Files.createDirectories(Path.of("target/bench"));
        // BATON_BENCH_DATABASE_OPTIONS (e.g. ";WRITE_DELAY=500") measures an H2 setting against the default
        String h2Url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("roles-" + System.currentTimeMillis())
                + System.getenv().getOrDefault("BATON_BENCH_DATABASE_OPTIONS", "");
        measure("H2", jar, dir, h2Url, "sa", "");
        if (TestDatabases.postgresAvailable()) { // the same run on a fresh PostgreSQL schema, its own bare Bolt beside it
            measure("PostgreSQL", jar, dir, TestDatabases.postgresSchemaUrl(), TestDatabases.postgresUser(),
                    TestDatabases.postgresPassword());
        }
    }

    private static void measure(String database, Path jar, Path dir, String dbUrl, String user, String password)
            throws Exception {
        List<String> names = load(dbUrl, user, password);
        List<String> handoffAccounts = HandoffHistory.load(dbUrl, user, password);
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SECRET,
                    "SLACK_API_URL", slack.apiUrl(), "BATON_TEMPLATES_DIR", "templates");
            int batonPort = Processes.freePort();
            Map<String, String> batonEnv = new java.util.HashMap<>(env);
            batonEnv.put("PORT", String.valueOf(batonPort));
            batonEnv.put("BATON_DATABASE_URL", dbUrl);
            batonEnv.put("BATON_DATABASE_USER", user);
            batonEnv.put("BATON_DATABASE_PASSWORD", password);
            // launched as the README runs it (java -jar, the JVM's default heap), and the bare app the same way
            List<String> batonCommand = new ArrayList<>(List.of(Processes.java()));
            String extraJvmArgs = System.getenv("BATON_BENCH_JVM_ARGS");
            if (extraJvmArgs != null && !extraJvmArgs.isBlank()) {
                batonCommand.addAll(List.of(extraJvmArgs.trim().split("\\s+")));
            }
            batonCommand.addAll(List.of("-jar", jar.toString()));
            settle();
            Process baton = Processes.start(batonCommand, batonEnv,
                    dir.resolve("baton.log").toFile());
            int barePort = Processes.freePort();
            Map<String, String> bareEnv = new java.util.HashMap<>(env);
            bareEnv.put("PORT", String.valueOf(barePort));
            Process bare = null;
            try {
                Duration launch = Processes.awaitStatus(URI.create("http://127.0.0.1:" + batonPort + "/healthz"), 200,
                        Duration.ofSeconds(60), baton);
                bare = Processes.start(List.of(Processes.java(), "-cp", System.getProperty("java.class.path"),
                        BareBoltApp.class.getName()), bareEnv, dir.resolve("bare.log").toFile());
                Processes.awaitStatus(URI.create("http://127.0.0.1:" + barePort + "/slack/events"), -1,
                        Duration.ofSeconds(60), bare);
                URI batonEvents = URI.create("http://127.0.0.1:" + batonPort + "/slack/events");
                URI bareEvents = URI.create("http://127.0.0.1:" + barePort + "/slack/events");
                LoadGenerator.run("warm-up", baton, batonEvents, SECRET, names, CLIENTS, WARMUP, null);
                LoadGenerator.run("warm-up", bare, bareEvents, SECRET, names, CLIENTS, WARMUP, null);
                LoadGenerator.Result bareResult = LoadGenerator.run("bare Bolt", bare, bareEvents, SECRET, names, CLIENTS, MEASURED, null);
                LoadGenerator.Result batonResult = LoadGenerator.run("Baton", baton, batonEvents, SECRET, names, CLIENTS, MEASURED, "Roles on");
                print(database, launch, bareResult, batonResult, Processes.heapAfterGc(baton));
                LoadGenerator.run("warm-up", baton, "/handoff", batonEvents, SECRET, handoffAccounts, CLIENTS, WARMUP, null);
                LoadGenerator.Result bareAgain = LoadGenerator.run("bare Bolt", bare, "/handoff", bareEvents, SECRET,
                        handoffAccounts, CLIENTS, MEASURED, null);
                LoadGenerator.Result handoff = LoadGenerator.run("Baton", baton, "/handoff", batonEvents, SECRET,
                        handoffAccounts, CLIENTS, MEASURED, "Hand-off: ");
                System.out.printf("%n/handoff benchmark on %s: %d accounts with %d contacts, 10 doc versions and 100 audit "
                        + "entries each, %d concurrent clients%n", database, HandoffHistory.ACCOUNTS, HandoffHistory.CONTACTS,
                        CLIENTS);
                System.out.println(bareAgain.line());
                System.out.println(handoff.line());
                System.out.printf("ratio Baton/bare: p50 %.2f  p95 %.2f  p99 %.2f   (goal: p99 <= 50 ms, ratio <= 2)%n",
                        handoff.percentileMillis(50) / bareAgain.percentileMillis(50),
                        handoff.percentileMillis(95) / bareAgain.percentileMillis(95),
                        handoff.percentileMillis(99) / bareAgain.percentileMillis(99));
            } finally {
                baton.destroy();
                if (bare != null) {
                    bare.destroy();
                }
            }
        }
    }

    /** Lets this JVM's own loading work (its garbage, its compiler threads) finish before Baton's launch is timed. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(2_000);
    }

    private static void print(String database, Duration launch, LoadGenerator.Result bare, LoadGenerator.Result baton,
                              String heap) {
        System.out.println();
        System.out.printf("/roles benchmark on %s: %,d accounts x %d contacts, %d concurrent clients, %,d measured "
                + "requests each%n", database, ACCOUNTS, CONTACTS_PER_ACCOUNT, CLIENTS, MEASURED);
        System.out.println(bare.line());
        System.out.println(baton.line());
        System.out.printf("ratio Baton/bare: p50 %.2f  p95 %.2f  p99 %.2f   (goal: Baton p99 <= 50 ms, p99 ratio <= 2)%n",
                baton.percentileMillis(50) / bare.percentileMillis(50), baton.percentileMillis(95) / bare.percentileMillis(95),
                baton.percentileMillis(99) / bare.percentileMillis(99));
        System.out.printf("launch to healthy /healthz: %d ms (goal <= 3000 ms)%n", launch.toMillis());
        System.out.println("Baton heap after the run (after a full GC): " + heap);
    }

    /** Creates the schema through the real migrations and bulk-loads the accounts and contacts. */
    static List<String> load(String dbUrl, String user, String password) throws Exception {
        List<String> names = new ArrayList<>();
        long start = System.nanoTime();
        try (Database db = Database.open(dbUrl, user, password); Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key, segment,"
                    + " service_model, ae, ce, ta, created_at, updated_at) values (?, ?, ?, ?, 'Enterprise', 'Named', ?, ?, ?, ?, ?)");
                 PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, title, email,"
                         + " email_key, roles, instance_admin, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    String name = String.format("Bench Account %05d", a);
                    names.add(name);
                    account.setLong(1, a);
                    account.setString(2, String.format("BENCH%05d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase());
                    account.setString(5, "UAE" + (a % 50));
                    account.setString(6, "UCE" + (a % 40));
                    account.setString(7, "UTA" + (a % 30));
                    account.setTimestamp(8, now);
                    account.setTimestamp(9, now);
                    account.addBatch();
                    for (int k = 0; k < CONTACTS_PER_ACCOUNT; k++) {
                        Role role = Role.values()[(a + k) % Role.values().length];
                        String email = "person" + k + "@account" + a + ".example.com";
                        contact.setLong(1, a);
                        contact.setString(2, "Person " + k + " of " + name);
                        contact.setString(3, "Director of Engineering");
                        contact.setString(4, email);
                        contact.setString(5, email);
                        contact.setString(6, Roles.of(Set.of(role)).toColumn());
                        contact.setBoolean(7, role == Role.INSTANCE_ADMIN);
                        contact.setTimestamp(8, now);
                        contact.setTimestamp(9, now);
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
            c.createStatement().execute("alter table account alter column id restart with " + (ACCOUNTS + 1));
            c.commit();
        }
        System.out.printf("loaded %,d accounts and %,d contacts in %d ms%n", ACCOUNTS, ACCOUNTS * CONTACTS_PER_ACCOUNT,
                (System.nanoTime() - start) / 1_000_000);
        return names;
    }
}
