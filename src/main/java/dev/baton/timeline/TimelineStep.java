package dev.baton.timeline;

import dev.baton.account.Account;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One kind of step on every account's timeline: when it falls due, and what it asks for then. */
public interface TimelineStep {
    /** A stable name, stored with each due row. */
    String id();

    /** When the step falls due for the account (in {@code zone}'s working day), or empty when it does not apply. */
    Optional<Instant> dueAt(Account account, ZoneId zone);

    /** Looks at the account as it is now: nothing left to do, or who must do what. */
    StepCheck check(Handle handle, Account account);

    /**
     * Whether {@link Timeline#schedule} computes this step from the account's dates. A step a workflow arms
     * itself with {@link Timeline#arm} (a churn retro's review call, say) answers false, so an account update
     * never removes it.
     */
    default boolean scheduledFromAccountDates() {
        return true;
    }

    /**
     * Whether the step falls due again for each new date (a renewal's assessment, once per renewal date): once it
     * is closed, a later due date computed from the account (the renewal processed, the date a year on) opens it
     * again, reminders starting over. A step that does not recur stays closed whatever its date does.
     */
    default boolean recurs() {
        return false;
    }

    /**
     * Whether the step is closed item by item through its own buttons (a churn retro's calls to action, each
     * with its Done), so its reminders offer no Done of their own: that would stop the reminders of every item.
     */
    default boolean closedItemByItem() {
        return false;
    }

    /**
     * When the step falls due again once closed (done, announced or escalated) at {@code now}, for a step on a
     * calendar of its own rather than the account's dates (a quarterly success-plan ask, say): the timeline arms
     * it again then. Empty for every other step, which {@link #recurs} covers when its account's date moves on.
     */
    default Optional<Instant> nextAfter(Account account, ZoneId zone, Instant now) {
        return Optional.empty();
    }

    /**
     * The buttons that open the step's own forms (the renewal assessment, the contact modal) for the account, shown
     * beside Done and Snooze where the step is listed outside its reminder (App Home's Today), answered by the
     * workflow's own handlers. None by default: Done and Snooze are all such a step needs.
     */
    default List<StepForm> forms(Handle handle, Account account) {
        return List.of();
    }
}
