package dev.baton;

import dev.baton.outbox.OutboxSender;
import dev.baton.slack.SeenRequests;
import dev.baton.store.Database;
import dev.baton.store.DatabasePatience;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Baton's work besides answering requests: the outbox loop on a thread of its own, and the timeline tick (with the
 * workflows' own ticks), pruning and the chores after start-up on a small pool. A stop lets each loop finish the
 * delivery or step it is in, waits for them, and hands back their leases so another instance takes the work at once.
 */
final class BackgroundWork {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final Database database;
    private final OutboxSender outbox;
    private final Timeline timeline;
    private final SeenRequests seen;
    private final Clock clock;
    private final Class<?>[] daos;
    private final List<Workflow> workflows;
    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(3, daemon("baton-background"));
    private final Thread outboxLoop = daemon("baton-outbox").newThread(this::deliverUntilClosed);
    private volatile boolean running = true;
    /** Counted down by a stop: wakes the outbox loop from its wait at once. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    BackgroundWork(Database database, OutboxSender outbox, Timeline timeline, SeenRequests seen, Clock clock,
                   Class<?>[] daos, List<Workflow> workflows) {
        this.database = database;
        this.outbox = outbox;
        this.timeline = timeline;
        this.seen = seen;
        this.clock = clock;
        this.daos = daos;
        this.workflows = workflows;
        // delayed work (the page cache warm-up) is dropped at a stop rather than run on a closing pool
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        // work that need not delay listening: the DAOs' reflection (until it is done, a DAO is built per use),
        // and Flyway's validation when the schema was already current at open
        pool.execute(() -> guarded("DAO preparation", () -> database.prepare(daos)));
        pool.execute(() -> guarded("schema check", database::confirmSchema));
        // a few seconds later, so reading the accounts and contacts does not compete with start-up itself
        pool.schedule(() -> guarded("page cache warm-up", database::warmPageCache), 3, TimeUnit.SECONDS);
        outboxLoop.start();
        pool.scheduleWithFixedDelay(this::tick, 5, 30, TimeUnit.SECONDS);
        pool.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
        pool.scheduleWithFixedDelay(() -> guarded("prune", () -> seen.prune(clock.instant().minus(Duration.ofMinutes(10)))),
                1, 5, TimeUnit.MINUTES);
    }

    /** The timeline's due steps, then each workflow's own tick, each guarded so one failing never stops the rest. */
    void tick() {
        guarded("timeline", () -> timeline.tick(500));
        for (Workflow workflow : workflows) {
            if (running) {
                guarded(workflow.getClass().getSimpleName() + " tick", workflow::tick);
            }
        }
    }

    /** Each workflow's poll, each guarded so one failing never stops the rest. */
    private void poll() {
        for (Workflow workflow : workflows) {
            if (running) {
                guarded(workflow.getClass().getSimpleName() + " poll", workflow::poll);
            }
        }
    }

    /** The sender wakes when the next row is due (at most a second later), so channel pacing holds its rate. */
    private void deliverUntilClosed() {
        DatabasePatience.set(DatabasePatience.UNHURRIED);
        while (running) {
            try {
                boolean more = outbox.deliverDue(50) == 50;
                database.outages().reachable();
                if (!more) {
                    stopped.await(outbox.idleWait().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!database.outages().failed("outbox delivery", e)) {
                    log.warn("Outbox delivery failed; retrying in a second: {}", e.toString());
                }
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            stopped.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks each loop to stop after the delivery or step it is in, and schedules nothing more. Never interrupts:
     * an interrupt inside H2's file I/O closes the database file.
     */
    void requestStop() {
        running = false;
        outbox.stop();
        timeline.stop();
        stopped.countDown();
        pool.shutdown();
    }

    /** The leases a stop handed back; null for a loop still running after the wait (its leases lapse by themselves). */
    record Released(Integer outboxLeases, Integer timelineClaims) {
    }

    /** After {@link #requestStop}: waits up to {@code wait} for each loop, then releases the leases of those that ended. */
    Released awaitStopped(Duration wait) {
        boolean outboxEnded;
        boolean timelineEnded;
        try {
            outboxLoop.join(wait.toMillis());
            outboxEnded = !outboxLoop.isAlive();
            timelineEnded = pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Released(null, null);
        }
        if (timelineEnded) {
            workflows.forEach(workflow -> released(workflow.getClass().getSimpleName() + " claims", () -> {
                workflow.releaseClaims();
                return 0;
            }));
        }
        return new Released(outboxEnded ? released("outbox leases", outbox::releaseLeases) : null,
                timelineEnded ? released("timeline claims", timeline::releaseClaims) : null);
    }

    private static Integer released(String what, IntSupplier release) {
        try {
            return release.getAsInt();
        } catch (RuntimeException e) {
            log.warn("Stop: could not release the {} (they lapse by themselves): {}", what, e.toString());
            return null;
        }
    }

    private void guarded(String what, Runnable work) {
        try {
            DatabasePatience.during(DatabasePatience.UNHURRIED, work);
        } catch (RuntimeException e) {
            if (!database.outages().failed(what, e)) {
                log.warn("Background {} failed: {}", what, e.toString());
            }
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
