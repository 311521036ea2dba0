package dev.baton.accounthealth;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The background recompute: on each tick, the accounts marked past their debounce, each claimed with a lease in
 * the database (so of several instances one recomputes it) and recomputed, {@value #GROUP} to a transaction (each
 * alone when one of them fails), with its band change told, the mark removed unless the account was marked again
 * meanwhile. Never on a request's path.
 */
public final class HealthWork {
    private static final Logger log = LoggerFactory.getLogger(HealthWork.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** A mark is recomputed at the latest this many debounces after the first, however often it is marked again. */
    private static final int LONGEST_WAIT = 10;
    private static final int BATCH = 200;
    /** Accounts recomputed in one transaction. */
    private static final int GROUP = 25;
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
            List<Long> claimed = claim(due, now);
            for (int from = 0; from < claimed.size(); from += GROUP) {
                recomputeGroup(batch, claimed.subList(from, Math.min(claimed.size(), from + GROUP)), now);
            }
            done += claimed.size();
            if (claimed.isEmpty()) {
                break; // all taken by other instances
            }
        }
        return done;
    }

    /** Leases the marks of {@code due} that no other instance holds, in one transaction. */
    private List<Long> claim(List<Long> due, Instant now) {
        return jdbi.inTransaction(handle -> {
            HealthQueueDao queue = handle.attach(HealthQueueDao.class);
            List<Long> claimed = new ArrayList<>();
            for (long accountId : due) {
                if (queue.claim(accountId, owner, now.plus(LEASE), now) == 1) {
                    claimed.add(accountId);
                }
            }
            return claimed;
        });
    }

    /**
     * Recomputes a group of claimed accounts in one transaction, since a commit per account (a write to the file on
     * H2) was most of a recompute; if any of them fails, each is recomputed alone so one bad account holds up no other.
     */
    private void recomputeGroup(HealthRecompute.Batch batch, List<Long> accountIds, Instant now) {
        List<Long> unfinished;
        try {
            unfinished = jdbi.inTransaction(handle -> {
                List<Long> markedAgain = new ArrayList<>();
                for (long accountId : accountIds) {
                    if (!recomputeMarked(handle, batch, accountId, now)) {
                        markedAgain.add(accountId);
                    }
                }
                return markedAgain;
            });
        } catch (RuntimeException e) {
            accountIds.forEach(accountId -> recomputeAlone(batch, accountId, now));
            return;
        }
        if (!unfinished.isEmpty()) {
            jdbi.useTransaction(handle -> unfinished.forEach(accountId ->
                    handle.attach(HealthQueueDao.class).release(accountId, owner)));
        }
    }

    private void recomputeAlone(HealthRecompute.Batch batch, long accountId, Instant now) {
        try {
            if (!jdbi.inTransaction(handle -> recomputeMarked(handle, batch, accountId, now))) {
                jdbi.useExtension(HealthQueueDao.class, dao -> dao.release(accountId, owner));
            }
        } catch (RuntimeException e) {
            // the lease is kept, so the account is tried again when it runs out rather than at once in a loop
            log.warn("Health recompute of account {} failed; tried again in {}", accountId, LEASE, e);
        }
    }

    /** Recomputes a claimed account; answers false when it was marked again meanwhile (its mark stays, released). */
    private boolean recomputeMarked(Handle handle, HealthRecompute.Batch batch, long accountId, Instant now) {
        HealthQueueDao queue = handle.attach(HealthQueueDao.class);
        Optional<Integer> marks = queue.marks(accountId);
        Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
        if (marks.isEmpty() || account.isEmpty()) {
            return true;
        }
        recomputeOne(handle, batch, account.get(), now);
        return queue.finish(accountId, marks.get()) == 1;
    }

    /** Recomputes one account in the caller's transaction and tells its band change. */
    HealthScore recomputeOne(Handle handle, HealthRecompute.Batch batch, Account account,
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
