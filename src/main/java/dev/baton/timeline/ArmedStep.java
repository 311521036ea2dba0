package dev.baton.timeline;

import dev.baton.account.Account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A step a workflow arms itself with {@link Timeline#arm} (a churn retro's review call, say) rather than one
 * computed from the account's dates, so {@link Timeline#schedule} never moves or removes it.
 */
public interface ArmedStep extends TimelineStep {
    @Override
    default Optional<Instant> dueAt(Account account, ZoneId zone) {
        return Optional.empty();
    }

    @Override
    default boolean scheduledFromAccountDates() {
        return false;
    }
}
