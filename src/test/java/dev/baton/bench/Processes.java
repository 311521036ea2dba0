package dev.baton.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starting a server in its own JVM, waiting for it to answer, and reading its heap. */
final class Processes {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private Processes() {
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Process start(List<String> command, Map<String, String> env, File log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        builder.environment().putAll(env);
        return builder.start();
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Polls the URL until it answers with {@code status} (any status: -1); returns the time it took. */
    static Duration awaitStatus(URI uri, int status, Duration timeout, Process process) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1))
                        .method(status == 200 ? "GET" : "POST", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status || status == -1) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(uri + " did not answer " + status + " within " + timeout);
    }

    /** Used heap of a JVM after a full GC, in MiB, via jcmd. */
    static String heapAfterGc(Process process) {
        try {
            String jcmd = new File(new File(java()).getParentFile(), "jcmd").getPath();
            new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.run").start().waitFor();
            Process info = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.heap_info").start();
            String text = new String(info.getInputStream().readAllBytes());
            info.waitFor();
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
            return used.find() ? (Long.parseLong(used.group(2)) / 1024) + " MiB used of " + (Long.parseLong(used.group(1)) / 1024) + " MiB committed"
                    : "unknown (" + text.lines().findFirst().orElse("no output") + ")";
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
