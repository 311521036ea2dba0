package dev.baton.slack;

import dev.baton.metrics.BatonMetrics;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Lets a few Slack requests run at once, the rest waiting their turn in arrival order. Every Slack request is
 * short work for the CPU and the embedded database, so running all of Jetty's threads at once only made each
 * request slower, in latency and in CPU per request (docs/performance.md). A request that waits longer than
 * {@code maxWait} (a handler stuck on a slow Slack call holds its turn) runs anyway, so the gate can delay an
 * acknowledgement but never starve one.
 */
final class SlackRequestGate implements Filter {
    private final Semaphore turns;
    private final long maxWaitNanos;
    private final BatonMetrics metrics;

    public SlackRequestGate(int concurrent, Duration maxWait) {
        this(concurrent, maxWait, new BatonMetrics());
    }

    /** {@code metrics} records each request's wait for its turn. */
    public SlackRequestGate(int concurrent, Duration maxWait, BatonMetrics metrics) {
        this.turns = new Semaphore(concurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.metrics = metrics;
    }

    /** Two per core: enough to overlap a request's database and network waits, few enough not to thrash. */
    public static SlackRequestGate forThisMachine(BatonMetrics metrics) {
        return new SlackRequestGate(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofMillis(250),
                metrics);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        boolean turn = waitForTurn();
        metrics.gateWait(System.nanoTime() - started);
        try {
            chain.doFilter(request, response);
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }

    /** {@code work} in its turn, as {@link #doFilter} runs a request: the Socket Mode envelopes' way through the gate. */
    <T> T inTurn(Supplier<T> work) {
        boolean turn = waitForTurn();
        try {
            return work.get();
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }

    private boolean waitForTurn() {
        try {
            return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
