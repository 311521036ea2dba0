package dev.baton.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The log of a database outage as an operator wants to read it: one warning per kind of work the first time it
 * fails for want of the database (the outbox retries every second, and a line or a stack trace each time would
 * bury everything else), then one line when the database answers again, with how long it was away and what failed.
 */
public final class OutageLog {
    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    /** {@link System#nanoTime()} of the first failure of the outage, or null when there is none. */
    private volatile Long since;

    /**
     * Records that {@code work} failed; true when the database was out of reach (logged here, the first time for
     * this work), false for any other failure, which the caller logs itself.
     */
    public boolean failed(String work, Throwable failure) {
        if (!DatabaseUnreachable.in(failure)) {
            return false;
        }
        if (since == null) {
            since = System.nanoTime();
        }
        AtomicInteger count = failures.computeIfAbsent(work, w -> new AtomicInteger());
        if (count.getAndIncrement() == 0) {
            log.warn("Database unreachable: {} failed ({}); not logged again until the database answers",
                    work, DatabaseUnreachable.reason(failure));
        }
        return true;
    }

    /** Called after work on the database succeeded: ends an outage in the log, and costs nothing otherwise. */
    public void reachable() {
        if (since == null) {
            return;
        }
        synchronized (this) {
            Long began = since;
            if (began == null) {
                return;
            }
            since = null;
            Map<String, Integer> counts = new TreeMap<>();
            failures.forEach((work, count) -> counts.put(work, count.get()));
            failures.clear();
            log.info("Database reachable again after {} s; failed meanwhile: {}",
                    (System.nanoTime() - began) / 1_000_000_000L, counts.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
    }

    /** Whether a failure was recorded that no success has ended yet. */
    public boolean down() {
        return since != null;
    }
}
