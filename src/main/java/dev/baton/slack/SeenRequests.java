package dev.baton.slack;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;

/**
 * What Slack already sent: request signatures (to refuse replays) and event ids (so a retried event
 * never runs a handler twice). Kept in the database so every instance behind a balancer agrees.
 */
public final class SeenRequests {
    private final Jdbi jdbi;

    public SeenRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records the signature; false when it was already recorded. */
    public boolean firstTime(String signature, Instant at) {
        return jdbi.withExtension(SeenRequestDao.class, dao -> dao.rememberSignature(signature, at)) == 1;
    }

    /** Records the event id; false when it was already recorded. */
    public boolean firstEvent(String eventId, Instant at) {
        return jdbi.withExtension(SeenRequestDao.class, dao -> dao.rememberEvent(eventId, at)) == 1;
    }

    /** Lets a failed event be handled again when Slack retries it. */
    public void forgetEvent(String eventId) {
        jdbi.useExtension(SeenRequestDao.class, dao -> dao.forgetEvent(eventId));
    }

    /** Drops what is older than the replay window can reach. */
    public int prune(Instant before) {
        return jdbi.withExtension(SeenRequestDao.class, dao -> dao.pruneSignatures(before) + dao.pruneEvents(before));
    }
}
