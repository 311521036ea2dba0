package dev.baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code target/baton.jar} as a child process, as an operator runs it, for the promises that are about
 * the process: a crash ({@code kill -9}), a restart on the same database, start-up mistakes, a graceful stop.
 * These tests are named {@code *ProcessTest} and run by failsafe after {@code package} has built the jar.
 */
public final class BatonProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target/baton.jar");
    private static final Path LOGS = Path.of("target/process-tests");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private BatonProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** What a process printed and how it ended, for runs expected to exit by themselves. */
    public record Exit(int code, String output) {
    }

    /**
     * The environment a test Baton needs besides its database: the test secrets, the fake Slack, a free port,
     * the templates of this checkout. {@code overrides} win; a value of {@code null} removes the variable.
     */
    public static Map<String, String> environment(FakeSlackApi slack, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", RunningBaton.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", RunningBaton.SIGNING_SECRET);
        env.put("SLACK_API_URL", slack == null ? "http://127.0.0.1:9/api/" : slack.apiUrl());
        env.put("BATON_API_TOKEN", RunningBaton.API_TOKEN);
        env.put("BATON_LEADERS", Fixtures.LEADER);
        env.put("BATON_TEMPLATES_DIR", "templates");
        env.put("PORT", String.valueOf(freePort()));
        env.putAll(overrides);
        return env;
    }

    /** Starts the jar and waits until {@code /healthz} answers 200; fails with the process's output otherwise. */
    public static BatonProcess start(Map<String, String> env) {
        BatonProcess baton = launch(env, List.of());
        baton.awaitHealthy(Duration.ofSeconds(60));
        return baton;
    }

    /** Starts the jar with {@code args} and waits for it to exit by itself. */
    public static Exit run(Map<String, String> env, List<String> args, Duration timeout) {
        BatonProcess baton = launch(env, args);
        try {
            if (!baton.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                baton.process.destroyForcibly();
                throw new AssertionError("baton.jar " + args + " did not exit within " + timeout + ":\n" + baton.output());
            }
            return new Exit(baton.process.exitValue(), baton.output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Starts {@code command} (Baton some other way than the jar, such as the container image's entry point) with
     * {@code env} alone, none of this JVM's environment, and waits until {@code /healthz} answers 200.
     */
    public static BatonProcess startCommand(List<String> command, Map<String, String> env) {
        BatonProcess baton = launch(command, env, true);
        baton.awaitHealthy(Duration.ofSeconds(60));
        return baton;
    }

    private static BatonProcess launch(Map<String, String> env, List<String> args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: process tests run under failsafe, after package");
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar", JAR.toString()));
        command.addAll(args);
        return launch(command, env, false);
    }

    private static BatonProcess launch(List<String> command, Map<String, String> env, boolean onlyEnv) {
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(UUID.randomUUID() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            if (onlyEnv) {
                builder.environment().clear();
            }
            env.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            int port = Integer.parseInt(builder.environment().getOrDefault("PORT", "3000"));
            return new BatonProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /healthz} answers 200. */
    public void awaitHealthy(Duration timeout) {
        Await.until("baton.jar to answer 200 on /healthz", timeout, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("baton.jar exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                return get("/healthz").statusCode() == 200;
            } catch (UncheckedIOException notListeningYet) {
                return false;
            }
        }, this::output);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    /** A {@code POST} to {@code /api/*} with the test API token. */
    public HttpResponse<String> postApi(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + RunningBaton.API_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public SlackRequests slackRequests() {
        return new SlackRequests(uri("/slack/events"), RunningBaton.SIGNING_SECRET);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no flush; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** {@code SIGTERM}, as an orchestrator stops a process; returns its exit code. */
    public int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Waits for the process to exit by itself; returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("baton.jar did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Everything the process printed so far (standard output and error). */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
