package dev.baton.timeline;

import dev.baton.account.Account;
import dev.baton.account.AccountChanges;
import org.jdbi.v3.core.Handle;

/**
 * The timeline's {@link AccountChanges}, handed to the workflows before the timeline exists: the timeline is built
 * from every workflow's steps, so it comes after them, and is bound here before Baton serves its first request.
 */
public final class ScheduleHook implements AccountChanges {
    private volatile Timeline timeline;

    public void bind(Timeline timeline) {
        this.timeline = timeline;
    }

    /** Reschedules the account's steps, in the caller's transaction. */
    @Override
    public void changed(Handle handle, Account account) {
        Timeline bound = timeline;
        if (bound == null) {
            throw new IllegalStateException("an account changed before the timeline was built");
        }
        bound.schedule(handle, account);
    }
}
