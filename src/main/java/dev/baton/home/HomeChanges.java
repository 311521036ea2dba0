package dev.baton.home;

import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Finds what changed since the last look, from the audit log every change writes (a CRM update, a step closed,
 * a rating agreed, a mute, whichever workflow made it), and asks the refresher for the homes it touches: many
 * changes to one person's accounts become one publish. Each instance follows the log for the people whose home
 * it published.
 */
final class HomeChanges {
    static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final HomeRefresher refresher;
    private long seen;

    /** Follows the log from where it ends now: what was changed before this instance started, no home shows yet. */
    HomeChanges(Jdbi jdbi, HomeRefresher refresher) {
        this.jdbi = jdbi;
        this.refresher = refresher;
        this.seen = jdbi.withExtension(HomeDao.class, HomeDao::lastAuditId);
    }

    /** Called on every tick. */
    synchronized void sweep() {
        List<Touch> touches;
        do {
            long after = seen;
            touches = jdbi.withExtension(HomeDao.class, dao -> dao.touchedSince(after, BATCH));
            for (Touch touch : touches) {
                touch.people().forEach(refresher::changed);
                seen = Math.max(seen, touch.id());
            }
        } while (touches.size() == BATCH);
    }
}
