package dev.baton.account;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The cheap mark a writer of a health input (seat report, first use, contact, CRM change, assessment) leaves in its
 * own transaction: the account's score is recomputed later, in the background and debounced, by the health
 * workflow. Kept here, below the workflows, so each of them can mark without importing the health workflow.
 */
public final class HealthDirty {
    private HealthDirty() {
    }

    /** Marks the account's health for a recompute after the debounce (a later mark pushes it back). */
    public static void mark(Handle handle, long accountId, Instant now) {
        HealthDirtyDao dao = handle.attach(HealthDirtyDao.class);
        if (dao.insert(accountId, now) == 0) {
            dao.touch(accountId, now);
        }
    }

    /** Marks several accounts, in id order so concurrent batches lock the marks in the same order. */
    public static void markAll(Handle handle, Collection<Long> accountIds, Instant now) {
        for (long id : new TreeSet<>(accountIds)) {
            mark(handle, id, now);
        }
    }
}
