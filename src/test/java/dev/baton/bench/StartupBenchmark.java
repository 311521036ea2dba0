package dev.baton.bench;

import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Launch to a healthy {@code /healthz}: starts {@code java -jar target/baton.jar} (as the README runs it) ten
 * times on an already-migrated H2 database (a new empty one, or {@code STARTUP_BENCH_DATABASE_URL}) and prints
 * each time, the median and the best.
 * {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.StartupBenchmark}
 */
public final class StartupBenchmark {
    private static final int LAUNCHES = 10;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String dbUrl = System.getenv().getOrDefault("STARTUP_BENCH_DATABASE_URL",
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("startup-" + System.currentTimeMillis()));
        Database.open(dbUrl, "sa", "").close();
        List<Long> millis = new ArrayList<>();
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            for (int i = 0; i < LAUNCHES; i++) {
                int port = Processes.freePort();
                Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET",
                        "bench-secret", "SLACK_API_URL", slack.apiUrl(), "BATON_TEMPLATES_DIR", "templates",
                        "PORT", String.valueOf(port), "BATON_DATABASE_URL", dbUrl));
                List<String> command = new ArrayList<>(List.of(Processes.java()));
                String extraJvmArgs = System.getenv("BATON_BENCH_JVM_ARGS");
                if (extraJvmArgs != null && !extraJvmArgs.isBlank()) {
                    command.addAll(List.of(extraJvmArgs.trim().split("\\s+")));
                }
                command.addAll(List.of("-jar", "target/baton.jar"));
                Process baton = Processes.start(command, env,
                        dir.resolve("startup.log").toFile());
                try {
                    Duration launch = Processes.awaitStatus(URI.create("http://127.0.0.1:" + port + "/healthz"), 200,
                            Duration.ofSeconds(60), baton);
                    millis.add(launch.toMillis());
                    System.out.printf("launch %2d: %d ms%n", i + 1, launch.toMillis());
                } finally {
                    baton.destroy();
                    baton.waitFor();
                }
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("launch to healthy /healthz over %d launches: median %d ms, best %d ms, worst %d ms (goal <= 3000 ms)%n",
                LAUNCHES, sorted.get(LAUNCHES / 2), sorted.get(0), sorted.get(LAUNCHES - 1));
    }
}
