package dev.baton.bench;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Handle;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The usage ingestion benchmark: 1,000,000 events over 1,000 accounts x 50 features (each pair 20 times, in
 * random order, users drawn from 40 per account) sent to a running Baton on an H2 file database through
 * {@code POST /api/usage-events} in batches of 1,000 from {@code USAGE_BENCH_CLIENTS} (default 2) concurrent clients;
 * then two baselines in the same database and JVM: a plain JDBC batch insert of the same rows into a bare table (a
 * raw append), and the same first-use semantics written plainly in SQL (one MERGE per event, batches of 1,000).
 * Prints events per second, the ratios to both, how long the JIT compiled and the GC paused meanwhile, and
 * checks that exactly 50,000 first-use alerts were queued. Runs on PostgreSQL too when
 * {@code BATON_TEST_POSTGRES_URL} is set.
 * <p>
 * It runs {@code USAGE_BENCH_ROUNDS} (default 5) rounds in one JVM, each for 1,000 new accounts, so every round
 * does the same work: the first shows a fresh JVM, where the JIT compiles for longer than the ingestion takes
 * (H2's methods are compiled, thrown away on a failed speculation and compiled again, many times over), and the
 * last a Baton that has been running a while.
 * Goals on a 2-core machine (issue 13): at least 50,000 events/s warm, ratio to the plain-SQL first uses >= 1.0.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.UsageBenchmark}
 */
public final class UsageBenchmark {
    static final int ACCOUNTS = 1_000;
    static final int FEATURES = 50;
    static final int EVENTS_PER_PAIR = 20;
    static final int EVENTS = ACCOUNTS * FEATURES * EVENTS_PER_PAIR;
    static final int BATCH = 1_000;
    static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("USAGE_BENCH_ROUNDS", "5"));
    static final int USERS_PER_ACCOUNT = 40;
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("USAGE_BENCH_CLIENTS", "2"));

    private record Event(int account, int feature, int user, Instant at) {
    }

    private UsageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Map<String, Map<String, String>> databases = new java.util.LinkedHashMap<>();
        databases.put("H2 file", Map.of("BATON_DATABASE_URL",
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("usage-" + System.currentTimeMillis())));
        if (TestDatabases.postgresAvailable()) {
            databases.put("PostgreSQL", Map.of("BATON_DATABASE_URL", TestDatabases.postgresSchemaUrl(),
                    "BATON_DATABASE_USER", TestDatabases.postgresUser(),
                    "BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword()));
        }
        List<Event> events = events(new Random(42));
        Map<String, List<Round>> results = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> database : databases.entrySet()) {
            results.put(database.getKey(), rounds(database.getKey(), database.getValue(), events));
        }
        System.out.println();
        System.out.printf("usage benchmark: %,d events over %,d accounts x %d features, batches of %,d, %d concurrent"
                + " clients; goals: >= 50,000 events/s warm, ratio to the same first uses in plain SQL >= 1.0%n",
                EVENTS, ACCOUNTS, FEATURES, BATCH, CLIENTS);
        System.out.println("round 1 runs on a fresh JVM; later rounds repeat the same events for new accounts in the same"
                + " JVM, as a long-running Baton would see them");
        results.forEach((name, rounds) -> {
            System.out.println(name + ":");
            rounds.forEach(round -> System.out.println("  " + round));
        });
        if (results.values().stream().flatMap(List::stream).anyMatch(round -> !round.exact())) {
            System.exit(1);
        }
    }

    private static List<Round> rounds(String name, Map<String, String> database, List<Event> events) throws Exception {
        List<Round> rounds = new ArrayList<>();
        Map<String, String> env = new java.util.HashMap<>(database);
        env.put("BATON_USAGE_CHANNEL", "C0BENCH");
        try (FakeSlackApi slack = FakeSlackApi.start();
             RunningBaton baton = RunningBaton.start(slack, env, Clock.systemUTC())) {
            for (int r = 0; r < ROUNDS; r++) {
                Round round = round(baton, events, r);
                rounds.add(round);
                System.out.println(name + " " + round);
            }
        }
        return rounds;
    }

    /**
     * One round: new accounts, the million events through the API, then the plain insert of the same rows into
     * a new table. Each round's accounts are new, so every pair is a first use again and the work is the same.
     */
    private static Round round(RunningBaton baton, List<Event> events, int number) throws Exception {
        Database db = baton.database();
        String prefix = "R" + number + "-";
        loadAccounts(db, prefix);
        List<String> bodies = bodies(events, prefix);
        long alertsBefore = count(db, "select count(*) from outbox where dedupe_key like 'usage-first:%'");
        long firstUsesBefore = count(db, "select count(*) from usage_first_use");
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        send(baton.uri("/api/usage-events"), bodies, CLIENTS);
        double batonSeconds = (System.nanoTime() - start) / 1e9;
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        long gcMillis = gcMillis() - gcBefore;
        long alerts = count(db, "select count(*) from outbox where dedupe_key like 'usage-first:%'") - alertsBefore;
        long firstUses = count(db, "select count(*) from usage_first_use") - firstUsesBefore;
        double plainSeconds = plainInsert(db, events, prefix, "bench_plain_event_" + number);
        NaiveFirstUses naive = naiveFirstUses(db, events, prefix, "bench_naive_first_use_" + number);
        return new Round(number + 1, batonSeconds, jitMillis / 1e3, gcMillis / 1e3, plainSeconds, naive.seconds(),
                alerts, firstUses, naive.rows());
    }

    private record Round(int number, double batonSeconds, double jitSeconds, double gcSeconds, double plainSeconds,
                         double naiveSeconds, long alerts, long firstUses, long naiveFirstUses) {
        boolean exact() {
            return alerts == (long) ACCOUNTS * FEATURES && firstUses == alerts && naiveFirstUses == firstUses;
        }

        @Override
        public String toString() {
            return String.format("round %d: Baton %.1f s, %,.0f events/s (JIT compiling %.1f s, GC %.1f s meanwhile);"
                    + " plain insert %.1f s, %,.0f rows/s, ratio %.2f; the same first uses in plain SQL %.1f s,"
                    + " %,.0f events/s, ratio %.2f; first-use alerts queued %,d, first uses %,d: %s",
                    number, batonSeconds, EVENTS / batonSeconds, jitSeconds, gcSeconds, plainSeconds,
                    EVENTS / plainSeconds, plainSeconds / batonSeconds, naiveSeconds, EVENTS / naiveSeconds,
                    naiveSeconds / batonSeconds, alerts, firstUses, exact() ? "OK" : "WRONG");
        }
    }

    /** Each (account, feature) pair exactly 20 times, shuffled, at random times over the last 90 days. */
    private static List<Event> events(Random random) {
        int pairs = ACCOUNTS * FEATURES;
        int[] order = new int[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            order[i] = i % pairs;
        }
        for (int i = EVENTS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Event> events = new ArrayList<>(EVENTS);
        for (int pair : order) {
            events.add(new Event(pair / FEATURES, pair % FEATURES, random.nextInt(USERS_PER_ACCOUNT),
                    now.minusSeconds(random.nextInt(90 * 86_400))));
        }
        return events;
    }

    private static List<String> bodies(List<Event> events, String crmPrefix) {
        List<String> bodies = new ArrayList<>(events.size() / BATCH);
        for (int from = 0; from < events.size(); from += BATCH) {
            StringBuilder body = new StringBuilder(BATCH * 110).append('[');
            for (Event e : events.subList(from, from + BATCH)) {
                body.append(body.length() > 1 ? "," : "").append("{\"account\":\"").append(crmPrefix).append(e.account())
                        .append("\",\"feature\":\"Feature ").append(e.feature()).append("\",\"user\":\"user-")
                        .append(e.user()).append("\",\"occurred_at\":\"").append(e.at()).append("\"}");
            }
            bodies.add(body.append(']').toString());
        }
        return bodies;
    }

    private static void loadAccounts(Database db, String crmPrefix) {
        db.jdbi().useTransaction(handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            for (int a = 0; a < ACCOUNTS; a++) {
                dao.insert(new AccountFields(crmPrefix + a, crmPrefix + " account " + a, Segment.ENTERPRISE, ServiceModel.NAMED, null, null,
                        OrderType.SALES_ASSISTED, Deployment.SAAS, "0. Prospect", "UAE" + a, "UCE" + a, "UTA" + a, null, null,
                        null, null, LocalDate.now().minusDays(400), null, 100_000_00L, 100, null), Instant.now());
            }
        });
    }

    private static void send(URI uri, List<String> bodies, int clientCount) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        List<Future<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < clientCount; c++) {
            clients.add(pool.submit(() -> {
                int sent = 0;
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + RunningBaton.API_TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().startsWith("{\"accepted\":" + BATCH + ",")) {
                        throw new IllegalStateException("batch " + i + " answered " + response.statusCode() + ": "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                    sent++;
                    if (i % 100 == 99) {
                        System.err.printf("  %,d batches sent after %.1f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                    }
                }
                return sent;
            }));
        }
        for (Future<Integer> client : clients) {
            client.get();
        }
        pool.shutdown();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle((Handle handle) -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private record NaiveFirstUses(double seconds, long rows) {
    }

    /**
     * The semantics of Baton's first uses written plainly over JDBC, as a fairer baseline than the raw append:
     * per event, one MERGE that inserts the (account, feature) pair's first time if absent and moves it earlier
     * when the event is earlier, 1,000 events per batch and commit. No alerts, users or outbox.
     */
    private static NaiveFirstUses naiveFirstUses(Database db, List<Event> events, String crmPrefix, String table)
            throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table " + table + " (account varchar(64), feature varchar(200), "
                        + "first_at timestamp with time zone not null, primary key (account, feature))");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement merge = connection.prepareStatement("merge into " + table + " t using (values"
                    + " (cast(? as varchar(64)), cast(? as varchar(200)), cast(? as timestamp with time zone)))"
                    + " as e (account, feature, at) on t.account = e.account and t.feature = e.feature"
                    + " when matched and e.at < t.first_at then update set first_at = e.at"
                    + " when not matched then insert (account, feature, first_at) values (e.account, e.feature, e.at)")) {
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    merge.setString(1, crmPrefix + e.account());
                    merge.setString(2, "feature " + e.feature());
                    merge.setTimestamp(3, Timestamp.from(e.at()));
                    merge.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        merge.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            return new NaiveFirstUses(seconds, count(db, "select count(*) from " + table));
        }
    }

    /** The same rows into a bare table, 1,000 per batch and commit: the floor Baton's ingestion is held to. */
    private static double plainInsert(Database db, List<Event> events, String crmPrefix, String table) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table " + table + " (account varchar(64), feature varchar(200), "
                        + "user_key varchar(200), occurred_at timestamp with time zone)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + table + " (account, feature, user_key, occurred_at) values (?, ?, ?, ?)")) {
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    insert.setString(1, crmPrefix + e.account());
                    insert.setString(2, "Feature " + e.feature());
                    insert.setString(3, "user-" + e.user());
                    insert.setTimestamp(4, Timestamp.from(e.at()));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            return seconds;
        }
    }
}
