package dev.baton.store;

import java.time.Duration;

/**
 * How long work on this thread waits on the database: for a pooled connection, and for an answer to each read.
 * Without a limit on reads a silent database (a partition, a frozen host) holds one for as long as TCP keeps
 * retrying, about a quarter of an hour. Set per thread, not per pool, because the right patience depends on the
 * work: a Slack request must be answered within Slack's 3 s, while migrations and imports, whose statements may
 * rightly run for minutes, keep the pool's wait and the driver's default (no limit on reads).
 */
public record DatabasePatience(Duration connectionWait, Duration readStall) {
    /**
     * A Slack request (Slack waits 3 s for any answer) or a health check: after a second without a connection, or
     * one read that stalls, there is still time to say the database is away.
     */
    public static final DatabasePatience QUICK = new DatabasePatience(Duration.ofMillis(1_000), Duration.ofMillis(1_500));
    /** Work nobody waits on by the second (the outbox, the timeline, {@code /api/*}): long beside any statement Baton runs. */
    public static final DatabasePatience UNHURRIED = new DatabasePatience(Duration.ofSeconds(5), Duration.ofSeconds(30));

    private static final ThreadLocal<DatabasePatience> CURRENT = new ThreadLocal<>();

    /** Sets this thread's patience until {@link #clear()}. */
    public static void set(DatabasePatience patience) {
        CURRENT.set(patience);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} with this patience, then restores what the thread had. */
    public static void during(DatabasePatience patience, Runnable work) {
        DatabasePatience before = CURRENT.get();
        CURRENT.set(patience);
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** This thread's patience, or null for the pool's own wait and no limit on reads. */
    static DatabasePatience current() {
        return CURRENT.get();
    }
}
