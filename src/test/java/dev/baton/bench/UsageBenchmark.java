package dev.baton.bench;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import org.jdbi.v3.core.Handle;

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
 * then a plain JDBC batch insert of the same rows into a bare table in the same database. Prints events per
 * second, the ratio to the plain insert, and checks that exactly 50,000 first-use alerts were queued.
 * Goal on a 2-core machine: at least 20,000 events/s, ratio at least 0.5.
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.UsageBenchmark}
 */
public final class UsageBenchmark {
    static final int ACCOUNTS = 1_000;
    static final int FEATURES = 50;
    static final int EVENTS_PER_PAIR = 20;
    static final int EVENTS = ACCOUNTS * FEATURES * EVENTS_PER_PAIR;
    static final int BATCH = 1_000;
    static final int USERS_PER_ACCOUNT = 40;
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("USAGE_BENCH_CLIENTS", "2"));

    private record Event(int account, int feature, int user, Instant at) {
    }

    private UsageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("usage-" + System.currentTimeMillis());
        List<Event> events = events(new Random(42));
        List<String> bodies = bodies(events, "CRM");
        try (FakeSlackApi slack = FakeSlackApi.start();
             RunningBaton baton = RunningBaton.start(slack, Map.of("BATON_DATABASE_URL", url,
                     "BATON_USAGE_CHANNEL", "C0BENCH"), Clock.systemUTC())) {
            Database db = baton.database();
            loadAccounts(db, "CRM");
            loadAccounts(db, "WARM");
            // warm-up (JIT, pool, templates) on other accounts: deleting rows afterwards would break Baton's
            // cache of known first uses, which relies on first uses never being deleted
            send(baton.uri("/api/usage-events"), bodies(events.subList(0, 5 * BATCH), "WARM"), 1);
            long alertsBefore = count(db, "select count(*) from outbox where dedupe_key like 'usage-first:%'");
            long firstUsesBefore = count(db, "select count(*) from usage_first_use");
            long start = System.nanoTime();
            send(baton.uri("/api/usage-events"), bodies, CLIENTS);
            double batonSeconds = (System.nanoTime() - start) / 1e9;
            long alerts = count(db, "select count(*) from outbox where dedupe_key like 'usage-first:%'") - alertsBefore;
            long firstUses = count(db, "select count(*) from usage_first_use") - firstUsesBefore;
            double plainSeconds = plainInsert(db, events);
            double batonRate = EVENTS / batonSeconds;
            double plainRate = EVENTS / plainSeconds;
            System.out.println();
            System.out.printf("usage benchmark (H2 file): %,d events over %,d accounts x %d features, batches of %,d,"
                    + " %d concurrent clients%n", EVENTS, ACCOUNTS, FEATURES, BATCH, CLIENTS);
            System.out.printf("Baton POST /api/usage-events: %.1f s, %,.0f events/s (goal >= 20,000)%n", batonSeconds, batonRate);
            System.out.printf("plain JDBC batch insert of the same rows: %.1f s, %,.0f rows/s%n", plainSeconds, plainRate);
            System.out.printf("ratio Baton/plain insert: %.2f (goal >= 0.5)%n", batonRate / plainRate);
            System.out.printf("first-use alerts queued: %,d, first uses stored: %,d (expected exactly %,d): %s%n", alerts,
                    firstUses, ACCOUNTS * FEATURES, alerts == ACCOUNTS * FEATURES && firstUses == alerts ? "OK" : "WRONG");
            if (alerts != (long) ACCOUNTS * FEATURES) {
                System.exit(1);
            }
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
                dao.insert(new AccountFields(crmPrefix + a, crmPrefix + " account " + a, "Enterprise", "Named", null, null,
                        "Sales Assisted First Order", "SaaS", "0. Prospect", "UAE" + a, "UCE" + a, "UTA" + a, null, null,
                        null, null, LocalDate.now().minusDays(400), null, 100_000_00L, 100), Instant.now());
            }
        });
    }

    private static void send(URI uri, List<String> bodies, int clientCount) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
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
                        System.err.printf("  %,d batches sent%n", i + 1);
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

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle((Handle handle) -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /** The same rows into a bare table, 1,000 per batch and commit: the floor Baton's ingestion is held to. */
    private static double plainInsert(Database db, List<Event> events) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table bench_plain_event (account varchar(64), feature varchar(200), "
                        + "user_key varchar(200), occurred_at timestamp with time zone)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_plain_event (account, feature, user_key, occurred_at) values (?, ?, ?, ?)")) {
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    insert.setString(1, "CRM" + e.account());
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
