package dev.baton.outbox;

import dev.baton.metrics.BatonMetrics;
import dev.baton.store.DatabaseUnreachable;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes down what became of a row an {@link OutboxSender} held: sent, put back for later, retried with backoff,
 * or dead (and the leaders told). Apart from the sender, which decides how each row goes out, because a record of
 * a send has a rule of its own: one the database could not take is held and written before anything else.
 */
final class DeliveryRecords {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final String owner;
    private final Duration channelInterval;
    private final ChannelPacing pacing;
    private final DeadLetters deadLetters;
    private final BatonMetrics metrics;
    private final Queue<Runnable> heldSends = new ConcurrentLinkedQueue<>();

    DeliveryRecords(Jdbi jdbi, Clock clock, String owner, Duration channelInterval, ChannelPacing pacing,
                    DeadLetters deadLetters, BatonMetrics metrics) {
        this.metrics = metrics;
        this.jdbi = jdbi;
        this.clock = clock;
        this.owner = owner;
        this.channelInterval = channelInterval;
        this.pacing = pacing;
        this.deadLetters = deadLetters;
    }

    /** A delivery that did not go through: a dead letter when a person must act, else a retry with backoff. */
    void failed(OutboxMessage message, Delivery result) {
        if (result instanceof Delivery.Permanent permanent) {
            dead(message, permanent.error());
        } else {
            Delivery.Retry retry = (Delivery.Retry) result;
            retry(message, retry.error(), retry.outcomeUnknown());
        }
    }

    /** A Slack send that went through; the channel's next slot counts from now. */
    void sent(OutboxMessage message, String channel, Delivery.Sent sent) {
        Instant now = clock.instant();
        pacing.learnBusy(channel, now.plus(channelInterval));
        recordSend(() -> jdbi.useTransaction(handle -> {
            OutboxDao dao = handle.attach(OutboxDao.class);
            // the next slot counts from when Slack took this message, so a slow call never lets the next in early
            dao.holdChannel(channel, now.plus(channelInterval));
            if (dao.markSent(message.id(), owner, sent.channel(), sent.messageId(), now) == 1
                    && message.targetKey() != null && Outbox.SLACK_POST.equals(message.kind())) {
                dao.rememberPosted(message.targetKey(), sent.channel(), sent.messageId(), now);
            }
        }));
        sentOne(message, sent.channel());
    }

    private void sentOne(OutboxMessage message, String where) {
        metrics.send(BatonMetrics.SENT);
        log.info("Outbox {} sent to {}", message.dedupeKey(), where);
    }

    /**
     * Writes that a message went out. When the database is out of reach just then, the write is held and made
     * before anything else once it answers: otherwise the row's lease would run out while it still looks unsent,
     * and the message would go out a second time.
     */
    private void recordSend(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (DatabaseUnreachable.in(e)) {
                heldSends.add(write);
            }
            throw e;
        }
    }

    /** Writes the records of sends the database could not take when they were made, oldest first. */
    void recordHeldSends() {
        for (Runnable write = heldSends.peek(); write != null; write = heldSends.peek()) {
            write.run();
            heldSends.remove();
        }
    }

    /** Puts a row back after Slack's 429, counted apart from the pacing's own postponements. */
    void rateLimited(OutboxMessage message, Instant until, String reason) {
        metrics.send(BatonMetrics.RATE_LIMITED);
        postpone(message, until, reason);
    }

    void postpone(OutboxMessage message, Instant until, String reason) {
        jdbi.useExtension(OutboxDao.class, dao -> dao.postpone(message.id(), owner, until, reason));
    }

    void retry(OutboxMessage message, String error, boolean outcomeUnknown) {
        if (message.attempts() + 1 >= OutboxSender.MAX_ATTEMPTS) {
            dead(message, error + " (gave up after " + OutboxSender.MAX_ATTEMPTS + " attempts)");
            return;
        }
        Duration wait = backoff(message.attempts());
        metrics.send(BatonMetrics.RETRIED);
        log.warn("Outbox {} will retry in {}: {}", message.dedupeKey(), wait, error);
        jdbi.useExtension(OutboxDao.class, dao -> dao.markRetry(message.id(), owner, error, clock.instant().plus(wait),
                outcomeUnknown));
    }

    void dead(OutboxMessage message, String error) {
        log.error("Outbox {} is a dead letter: {}", message.dedupeKey(), error);
        metrics.send(BatonMetrics.DEAD_LETTER);
        jdbi.useTransaction(handle -> {
            if (handle.attach(OutboxDao.class).markDead(message.id(), owner, error) == 1) {
                deadLetters.died(handle, message, error, clock.instant());
            }
        });
    }

    /** Exponential backoff from 2 s, capped at 10 minutes, with full jitter over the upper half. */
    static Duration backoff(int attemptsSoFar) {
        long ceiling = Math.min(600_000L, 2_000L << Math.min(attemptsSoFar, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    /** A customer's email refused permanently: kept as bounced (for its sender's tick to see), never retried. */
    void bounced(OutboxMessage message, String error) {
        log.warn("Outbox {} bounced: {}", message.dedupeKey(), error);
        jdbi.useExtension(OutboxDao.class, dao -> dao.markBounced(message.id(), owner, error));
    }

    void sentEmail(OutboxMessage message) {
        Instant now = clock.instant();
        recordSend(() -> jdbi.useExtension(OutboxDao.class, dao -> dao.markSent(message.id(), owner, "email", null, now)));
        sentOne(message, message.channel());
    }
}
