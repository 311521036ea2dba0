package dev.baton.bench;

import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.TestDatabases;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Scale-out on one PostgreSQL: the {@code /roles} load of {@link RolesBenchmark} (10,000 accounts, 32 clients)
 * against one Baton process, then split evenly between two processes on the same schema, as behind a load
 * balancer; prints both runs' percentiles and throughput and their ratio. Needs {@code BATON_TEST_POSTGRES_URL}.
 */
public final class TwoInstancesBenchmark {
    static final int CLIENTS = RolesBenchmark.CLIENTS;
    static final int WARMUP = 8_000;
    static final int MEASURED = 20_000;

    private TwoInstancesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!TestDatabases.postgresAvailable()) {
            throw new IllegalStateException("set BATON_TEST_POSTGRES_URL (and _USER, _PASSWORD): this measures PostgreSQL");
        }
        Path jar = Path.of("target/baton.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q -DskipTests package");
        }
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String url = TestDatabases.postgresSchemaUrl();
        List<String> names = RolesBenchmark.load(url, TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-bench",
                    "SLACK_SIGNING_SECRET", RolesBenchmark.SECRET, "SLACK_API_URL", slack.apiUrl(),
                    "BATON_TEMPLATES_DIR", "templates", "BATON_DATABASE_URL", url,
                    "BATON_DATABASE_USER", TestDatabases.postgresUser(),
                    "BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword()));
            List<Process> started = new ArrayList<>();
            try {
                Instance first = Instance.start(jar, env, dir.resolve("two-1.log"), started);
                LoadGenerator.run("warm-up", first.process, first.events, RolesBenchmark.SECRET, names, CLIENTS, WARMUP, null);
                LoadGenerator.Result one = LoadGenerator.run("1 instance", first.process, first.events,
                        RolesBenchmark.SECRET, names, CLIENTS, MEASURED, "Roles on");
                Instance second = Instance.start(jar, env, dir.resolve("two-2.log"), started);
                LoadGenerator.run("warm-up", second.process, second.events, RolesBenchmark.SECRET, names, CLIENTS, WARMUP,
                        null);
                CompletableFuture<LoadGenerator.Result> a = half("instance 1", first, names);
                CompletableFuture<LoadGenerator.Result> b = half("instance 2", second, names);
                print(one, a.join(), b.join());
            } finally {
                started.forEach(Process::destroy);
            }
        }
    }

    /** Half the clients and half the requests against one of the two, at the same time as the other half. */
    private static CompletableFuture<LoadGenerator.Result> half(String label, Instance instance, List<String> names) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return LoadGenerator.run(label, instance.process, instance.events, RolesBenchmark.SECRET, names,
                        CLIENTS / 2, MEASURED / 2, "Roles on");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void print(LoadGenerator.Result one, LoadGenerator.Result a, LoadGenerator.Result b) {
        double twoThroughput = (a.nanos().length + b.nanos().length) / Math.max(a.seconds(), b.seconds());
        System.out.printf("%n/roles on one PostgreSQL schema: %d clients, %,d measured requests per run%n", CLIENTS,
                MEASURED);
        System.out.println(one.line());
        System.out.println(a.line());
        System.out.println(b.line());
        System.out.printf("two instances together: %.0f req/s, %.2f x one instance's %.0f req/s%n", twoThroughput,
                twoThroughput / one.throughput(), one.throughput());
    }

    /** One Baton process from the jar and its Slack events URL. */
    private record Instance(Process process, URI events) {
        static Instance start(Path jar, Map<String, String> env, Path log, List<Process> started) throws Exception {
            int port = Processes.freePort();
            Map<String, String> own = new HashMap<>(env);
            own.put("PORT", String.valueOf(port));
            Process process = Processes.start(List.of(Processes.java(), "-jar", jar.toString()), own, log.toFile());
            started.add(process);
            Processes.awaitStatus(URI.create("http://127.0.0.1:" + port + "/healthz"), 200,
                    java.time.Duration.ofSeconds(60), process);
            return new Instance(process, URI.create("http://127.0.0.1:" + port + "/slack/events"));
        }
    }
}
