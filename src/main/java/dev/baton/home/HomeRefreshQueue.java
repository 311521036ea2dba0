package dev.baton.home;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The set of homes to publish again, in the database so every instance shares it: a change on any instance marks
 * the home of someone who opened the tab, one instance claims it with a lease once its debounce is over, and a
 * claim left by a crashed instance lapses for another to take. One pace row spaces every instance's publishes.
 */
final class HomeRefreshQueue {
    static final Duration LEASE = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final String owner;

    HomeRefreshQueue(Jdbi jdbi, String owner) {
        this.jdbi = jdbi;
        this.owner = owner;
    }

    /** The person opened the tab (or paged, sorted) in {@code state}: later refreshes, on any instance, keep it. */
    void remember(String userId, HomeState state, Instant now) {
        jdbi.useExtension(HomeRefreshDao.class, dao -> {
            if (dao.insertViewer(userId, state.encode(), now) == 0) {
                dao.updateViewer(userId, state.encode(), now);
            }
        });
    }

    HomeState stateOf(String userId) {
        return jdbi.withExtension(HomeRefreshDao.class, dao -> dao.viewerState(userId)).map(HomeState::decode)
                .orElse(HomeState.FIRST);
    }

    /** Marks the home for a refresh at {@code dueAt}, joining one already due; false for someone who never opened it. */
    boolean mark(String userId, Instant dueAt) {
        return jdbi.withHandle(handle -> mark(handle, userId, dueAt));
    }

    /** {@link #mark(String, Instant)} in the caller's transaction. */
    static boolean mark(Handle handle, String userId, Instant dueAt) {
        HomeRefreshDao dao = handle.attach(HomeRefreshDao.class);
        return dao.insertMark(userId, dueAt) == 1 || dao.bumpMark(userId) == 1;
    }

    List<String> due(Instant now, int limit) {
        return jdbi.withExtension(HomeRefreshDao.class, dao -> dao.dueUsers(now, limit));
    }

    /** Claims a due refresh for this instance; answers its mark count then, or empty when another instance has it. */
    Optional<Integer> claim(String userId, Instant now) {
        return jdbi.inTransaction(handle -> {
            HomeRefreshDao dao = handle.attach(HomeRefreshDao.class);
            return dao.claim(userId, owner, now.plus(LEASE), now) == 1 ? dao.marks(userId, owner) : Optional.empty();
        });
    }

    /** The claimed refresh was published with what {@code marks} covered; a later mark publishes again at {@code again}. */
    void finish(String userId, int marks, Instant again) {
        jdbi.useExtension(HomeRefreshDao.class, dao -> {
            if (dao.finish(userId, owner, marks) == 0) {
                dao.requeue(userId, owner, again);
            }
        });
    }

    /** Hands a claimed refresh back, due at {@code dueAt}. */
    void requeue(String userId, Instant dueAt) {
        jdbi.useExtension(HomeRefreshDao.class, dao -> dao.requeue(userId, owner, dueAt));
    }

    int releaseAll() {
        return jdbi.withExtension(HomeRefreshDao.class, dao -> dao.releaseAll(owner));
    }

    /**
     * Books the next publish slot of the whole app, {@code spacing} after the one before; answers when it is, or
     * empty (and books nothing) when it is further than {@code horizon} away.
     */
    Optional<Instant> reserve(Instant now, Duration spacing, Duration horizon) {
        return jdbi.inTransaction(handle -> {
            HomeRefreshDao dao = handle.attach(HomeRefreshDao.class);
            Instant next = dao.lockPace();
            Instant at = next.isAfter(now) ? next : now;
            if (at.isAfter(now.plus(horizon))) {
                return Optional.empty();
            }
            dao.setPace(at.plus(spacing));
            return Optional.of(at);
        });
    }

    /** Slack answered 429: no instance publishes before {@code until}. */
    void hold(Instant until) {
        jdbi.useExtension(HomeRefreshDao.class, dao -> dao.holdPace(until));
    }
}
