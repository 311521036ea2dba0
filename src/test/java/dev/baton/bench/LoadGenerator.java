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
    record Result(String label, long[] nanos, int failures, double seconds) {
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
            return String.format("%-10s requests=%d failures=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  %.0f req/s",
                    label, nanos.length, failures, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                    percentileMillis(100), throughput());
        }
    }

    private LoadGenerator() {
    }

    static Result run(String label, URI events, String secret, List<String> accountNames, int clients, int requests,
                      String expectInBody) throws Exception {
        return run(label, "/roles", events, secret, accountNames, clients, requests, expectInBody);
    }

    static Result run(String label, String command, URI events, String secret, List<String> accountNames, int clients,
                      int requests, String expectInBody) throws Exception {
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
        return new Result(label, nanos, failures.get(), seconds);
    }
}
