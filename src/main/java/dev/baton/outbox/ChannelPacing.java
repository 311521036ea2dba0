package dev.baton.outbox;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sender's view of the per-channel send slots all instances share (table outbox_channel): takes a slot,
 * remembers when a channel is busy, and hands out later slots to rows that must wait.
 */
final class ChannelPacing {
    private static final Instant EPOCH = Instant.EPOCH;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration interval;
    /** Per channel, the last send slot this sender gave a waiting row. */
    private final Map<String, Instant> handedOut = new ConcurrentHashMap<>();
    /** Per channel, the free time the first waiting row was given (see {@link #slot}). */
    private final Map<String, Instant> headOf = new ConcurrentHashMap<>();
    /**
     * Per channel, a time before which it is known busy. The stored next send time only ever moves later
     * (taking, holding and sending all push it forward), so what one pass learnt stays true in later passes:
     * under a backlog a pass puts every due row back in one batch without claiming one first.
     */
    private final Map<String, Instant> busyUntil = new ConcurrentHashMap<>();

    ChannelPacing(Jdbi jdbi, Clock clock, Duration interval) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.interval = interval;
    }

    /** When the channel is known busy from now on, the time it frees up; else null (ask the database). */
    Instant knownBusy(String channel) {
        Instant freeAt = busyUntil.get(channel);
        return freeAt != null && freeAt.isAfter(clock.instant()) ? freeAt : null;
    }

    /** Records that the channel is busy until at least {@code freeAt}. */
    void learnBusy(String channel, Instant freeAt) {
        busyUntil.merge(channel, freeAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * Takes the channel's send slot (empty), or answers when it frees up. A channel found busy is not asked
     * again before that time: under a backlog that saves three statements for each row put back.
     */
    Optional<Instant> busyOrTake(String channel) {
        Instant freeAt = knownBusy(channel);
        if (freeAt != null) {
            return Optional.of(freeAt);
        }
        Instant now = clock.instant();
        Optional<Instant> busy = jdbi.withExtension(OutboxDao.class, dao -> {
            dao.openChannel(channel, EPOCH);
            if (dao.takeChannel(channel, now, now.plus(interval)) == 1) {
                return Optional.empty();
            }
            return Optional.of(dao.channelFreeAt(channel).orElse(now.plus(interval)));
        });
        learnBusy(channel, busy.orElse(now.plus(interval)));
        return busy;
    }

    /**
     * When a row must wait for its channel. The first row to wait for a given free time takes it: a row
     * woken at its slot usually finds the channel busy for a few more milliseconds (each send takes time),
     * and must not lose its turn. Later rows take the slot after the last one this sender handed out, so a
     * backlog for one channel is spread out once, in order, instead of every row being claimed and put back
     * every second.
     */
    Instant slot(String channel, Instant freeAt) {
        if (!freeAt.equals(headOf.put(channel, freeAt))) {
            return freeAt;
        }
        Instant last = handedOut.get(channel);
        Instant next = (last == null || last.isBefore(freeAt) ? freeAt : last).plus(interval);
        handedOut.put(channel, next);
        return next;
    }
}
