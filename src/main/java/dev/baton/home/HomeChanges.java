package dev.baton.home;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what changed since the last look, from the audit log every change writes (a CRM update, a step closed,
 * a rating agreed, a mute, whichever workflow made it, on whichever instance), and marks the homes it touches for a
 * refresh: many changes to one person's accounts become one publish. How far the log was followed is kept in the
 * database with the marks it made, in one transaction, so of several instances each change is marked once, and
 * none is skipped when an instance stops between the two.
 */
final class HomeChanges {
    static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final HomeRefresher refresher;

    HomeChanges(Jdbi jdbi, Clock clock, HomeRefresher refresher) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.refresher = refresher;
    }

    /** Called on every tick. */
    void sweep() {
        boolean marked = false;
        Batch batch;
        do {
            batch = jdbi.inTransaction(handle -> {
                HomeRefreshDao cursor = handle.attach(HomeRefreshDao.class);
                long after = cursor.lockCursor();
                List<Touch> touches = handle.attach(HomeDao.class).touchedSince(after, BATCH);
                Set<String> people = new TreeSet<>(); // in order, so concurrent marks lock rows in the same order
                long last = after;
                for (Touch touch : touches) {
                    people.addAll(touch.people());
                    last = Math.max(last, touch.id());
                }
                Instant due = clock.instant().plus(refresher.debounce());
                boolean any = false;
                for (String person : people) {
                    any |= HomeRefreshQueue.mark(handle, person, due);
                }
                cursor.setCursor(last);
                return new Batch(touches.size(), any);
            });
            marked |= batch.marked();
        } while (batch.size() == BATCH);
        if (marked) {
            refresher.soon();
        }
    }

    private record Batch(int size, boolean marked) {
    }
}
