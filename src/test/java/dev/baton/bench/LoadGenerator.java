package dev.baton.bench;

import dev.baton.testing.SlackRequests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fires signed {@code /roles <account>} requests from concurrent clients and measures each ack. */
final class LoadGenerator {
    record Result(String label, long[] nanos, int failures, double seconds, double serverCpuMicros) {
        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double throughput() {
            return nanos.length / seconds;
        }

        String line() {
            return String.format("%-10s requests=%d failures=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  %.0f req/s"
                            + "  server CPU %.0f µs/request", label, nanos.length, failures, percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100), throughput(), serverCpuMicros);
        }
    }

    private LoadGenerator() {
    }

    static Result run(String label, Process server, URI events, String secret, List<String> accountNames, int clients,
                      int requests, String expectInBody) throws Exception {
        return run(label, server, "/roles", events, secret, accountNames, clients, requests, expectInBody);
    }

    /** Also reports the CPU time the server process spent per request (steadier than throughput on a busy machine). */
    static Result run(String label, Process server, String command, URI events, String secret, List<String> accountNames,
                      int clients, int requests, String expectInBody) throws Exception {
        long cpuBefore = cpuNanos(server);
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = pool.submit(() -> {
                SlackRequests slack = new SlackRequests(events, secret);
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String account = accountNames.get(ThreadLocalRandom.current().nextInt(accountNames.size()));
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = slack.slashCommand(command, account, "UBENCH01");
                    nanos[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200 || (expectInBody != null && !response.body().contains(expectInBody))) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(label, nanos, failures.get(), seconds, (cpuNanos(server) - cpuBefore) / 1e3 / requests);
    }

    private static long cpuNanos(Process server) {
        return server.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the server"))
                .toNanos();
    }
}
