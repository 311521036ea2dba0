package dev.baton.account;

import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;

import java.time.Instant;

/**
 * The one way an existing account changes: written, audited with before and after, and told to the
 * {@link AccountChanges} hook (the timeline reschedules its steps), all in the caller's transaction.
 */
public final class AccountUpdate {
    private AccountUpdate() {
    }

    /** Writes {@code after} over the account; answers the account as it now is. */
    public static Account save(Handle handle, Instant now, String actor, Account account, AccountFields after,
                               AccountChanges changes) {
        AccountDao dao = handle.attach(AccountDao.class);
        AccountFields before = AccountFields.of(account);
        dao.update(account.id(), after, now);
        Audit.record(handle, now, actor, account.id(), "account.updated", before, after);
        Account changed = dao.findById(account.id()).orElseThrow();
        changes.changed(handle, changed);
        HealthDirty.mark(handle, account.id(), now);
        return changed;
    }
}
