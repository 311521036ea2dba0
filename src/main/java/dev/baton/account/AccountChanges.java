package dev.baton.account;

import org.jdbi.v3.core.Handle;

/** Told, in the transaction that made it, when an account is created or changed (the timeline reschedules). */
@FunctionalInterface
public interface AccountChanges {
    AccountChanges NONE = (handle, account) -> { };

    void changed(Handle handle, Account account);
}
