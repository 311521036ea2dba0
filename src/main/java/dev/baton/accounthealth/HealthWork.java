package dev.baton.accounthealth;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The background recompute: on each tick, the accounts marked past their debounce, each claimed with a lease in
 * the database (so of several instances one recomputes it) and recomputed in a transaction of its own with its band
 * change told, the mark removed unless the account was marked again meanwhile. Never on a request's path.
 */
public final class HealthWork {
    private static final Logger log = LoggerFactory.getLogger(HealthWork.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** A mark is recomputed at the latest this many debounces after the first, however often it is marked again. */
    private static final int LONGEST_WAIT = 10;
    private static final int BATCH = 200;
    /** How long one tick keeps recomputing, so the other workflows' ticks are not held up. */
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final Jdbi jdbi;
    private final Clock clock;
    private final HealthRecompute recompute;
    private final BandChange bandChange;
    private final Duration debounce;
    private final String owner;

    HealthWork(Jdbi jdbi, Clock clock, HealthRecompute recompute, BandChange bandChange, Duration debounce,
               String owner) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.recompute = recompute;
        this.bandChange = bandChange;
        this.debounce = debounce;
        this.owner = owner;
    }

    /** Recomputes what is due; answers how many accounts this instance recomputed. */
    public int tick() {
        long until = System.nanoTime() + BUDGET.toNanos();
        HealthRecompute.Batch batch = recompute.batch();
        int done = 0;
        while (System.nanoTime() < until) {
            Instant now = clock.instant();
            List<Long> due = jdbi.withExtension(HealthQueueDao.class, dao -> dao.dueIds(now.minus(debounce),
                    now.minus(debounce.multipliedBy(LONGEST_WAIT)), now, BATCH));
            if (due.isEmpty()) {
                break;
            }
            int claimed = 0;
            for (long accountId : due) {
                if (claimAndRecompute(batch, accountId, now)) {
                    claimed++;
                }
            }
            done += claimed;
            if (claimed == 0) {
                break; // all taken by other instances
            }
        }
        return done;
    }

    private boolean claimAndRecompute(HealthRecompute.Batch batch, long accountId, Instant now) {
        boolean claimed = jdbi.withExtension(HealthQueueDao.class,
                dao -> dao.claim(accountId, owner, now.plus(LEASE), now)) == 1;
        if (!claimed) {
            return false;
        }
        try {
            boolean finished = jdbi.inTransaction(handle -> {
                HealthQueueDao queue = handle.attach(HealthQueueDao.class);
                Optional<Integer> marks = queue.marks(accountId);
                Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
                if (marks.isEmpty() || account.isEmpty()) {
                    return true;
                }
                recomputeOne(handle, batch, account.get(), now);
                return queue.finish(accountId, marks.get()) == 1;
            });
            if (!finished) {
                jdbi.useExtension(HealthQueueDao.class, dao -> dao.release(accountId, owner));
            }
        } catch (RuntimeException e) {
            // the lease is kept, so the account is tried again when it runs out rather than at once in a loop
            log.warn("Health recompute of account {} failed; tried again in {}", accountId, LEASE, e);
        }
        return true;
    }

    /** Recomputes one account in the caller's transaction and tells its band change. */
    HealthScore recomputeOne(org.jdbi.v3.core.Handle handle, HealthRecompute.Batch batch, Account account,
                             Instant now) {
        Optional<StoredHealth> before = handle.attach(HealthReadDao.class).current(account.id());
        HealthScore after = batch.recompute(handle, account.id(), now);
        bandChange.tell(handle, account, before, after, now);
        return after;
    }

    /** Hands this instance's leases back at a stop, so another instance takes the marks at once. */
    public void release() {
        jdbi.useExtension(HealthQueueDao.class, dao -> dao.releaseAll(owner));
    }
}
