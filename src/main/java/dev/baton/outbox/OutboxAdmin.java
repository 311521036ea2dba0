package dev.baton.outbox;

import dev.baton.audit.Audit;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What leaders do with dead letters: see them, retry them, drop them; each action audited. */
public final class OutboxAdmin {
    private final Jdbi jdbi;
    private final Clock clock;

    public OutboxAdmin(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<DeadLetter> deadLetters(int limit) {
        return jdbi.withExtension(OutboxDao.class, dao -> dao.byStatus(OutboxMessage.DEAD, limit)).stream()
                .map(m -> DeadLetter.of(m, m.lastError())).toList();
    }

    /** Puts a dead letter back in the queue; false when it is no longer dead (already retried or dropped). */
    public boolean retry(String actor, long id) {
        return change(actor, id, "outbox.retried", true);
    }

    /** Gives up on a dead letter for good; false when it is no longer dead. */
    public boolean drop(String actor, long id) {
        return change(actor, id, "outbox.dropped", false);
    }

    private boolean change(String actor, long id, String action, boolean retry) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            OutboxDao dao = handle.attach(OutboxDao.class);
            OutboxMessage before = dao.byId(id);
            if (before == null || (retry ? dao.requeue(id, now) : dao.drop(id)) != 1) {
                return false;
            }
            OutboxMessage after = dao.byId(id);
            Audit.record(handle, now, actor, null, action, view(before), view(after));
            return true;
        });
    }

    private static Map<String, Object> view(OutboxMessage m) {
        return Map.of("id", m.id(), "dedupe_key", m.dedupeKey(), "status", m.status(), "attempts", m.attempts(),
                "last_error", m.lastError() == null ? "" : m.lastError());
    }
}
