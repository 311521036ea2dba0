package dev.baton.outbox;

import dev.baton.metrics.BatonMetrics;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox's depth and the age of its oldest pending row, as gauges: read with one query at most every
 * {@link #FRESH_FOR}, however often and however many gauges are scraped, so a scraper never loads the database.
 */
public final class OutboxBacklog {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** What the query read: the pending rows and when the oldest was queued (null when none). */
    public record Backlog(long pending, long dead, Instant oldestCreatedAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile Backlog last;
    private volatile long readAtNanos;

    public OutboxBacklog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void register(BatonMetrics metrics) {
        metrics.gauge("baton.outbox.pending", "Outbox rows waiting to be delivered", "messages", this,
                backlog -> backlog.read() == null ? Double.NaN : backlog.read().pending());
        metrics.gauge("baton.outbox.dead", "Outbox dead letters waiting for a person", "messages", this,
                backlog -> backlog.read() == null ? Double.NaN : backlog.read().dead());
        metrics.gauge("baton.outbox.oldest.pending.age", "How long the oldest pending outbox row has waited",
                "seconds", this, OutboxBacklog::oldestAgeSeconds);
    }

    double oldestAgeSeconds() {
        Backlog backlog = read();
        if (backlog == null) {
            return Double.NaN;
        }
        return backlog.oldestCreatedAt() == null ? 0
                : Math.max(0, Duration.between(backlog.oldestCreatedAt(), clock.instant()).toMillis() / 1000.0);
    }

    /** The cached backlog, read again when older than {@link #FRESH_FOR}; null when the database did not answer. */
    synchronized Backlog read() {
        long now = System.nanoTime();
        if (last == null || now - readAtNanos > FRESH_FOR.toNanos()) {
            try {
                last = jdbi.withExtension(OutboxDao.class, OutboxDao::backlog);
            } catch (RuntimeException e) {
                last = null; // shown as NaN: no figure rather than a stale one
            }
            readAtNanos = now;
        }
        return last;
    }
}
