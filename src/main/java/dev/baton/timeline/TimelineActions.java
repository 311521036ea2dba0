package dev.baton.timeline;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What people do with a reminder: snooze it a day or a week, or mark the step done. Each is audited. */
public final class TimelineActions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final Jdbi jdbi;
    private final AccountAccess access;
    private final UserZones zones;
    private final Clock clock;
    private final Predicate<String> closedItemByItem;

    /** {@code closedItemByItem}: which steps only their own per-item buttons close (see {@link TimelineStep}). */
    public TimelineActions(Jdbi jdbi, AccountAccess access, UserZones zones, Clock clock,
                           Predicate<String> closedItemByItem) {
        this.jdbi = jdbi;
        this.access = access;
        this.zones = zones;
        this.clock = clock;
        this.closedItemByItem = closedItemByItem;
    }

    /** Moves the step to the actor's first waking hour after {@code delay} (their quiet hours); answers what happened. */
    public String snooze(String actor, long stepId, Duration delay) {
        ZoneId zone = zones.of(actor);
        return act(actor, stepId, (handle, step) -> {
            Instant until = zones.nextAwake(actor, clock.instant().plus(delay));
            if (handle.attach(DueStepDao.class).snooze(stepId, until) != 1) {
                return alreadyClosed();
            }
            Audit.record(handle, clock.instant(), actor, step.accountId(), "timeline.snoozed",
                    Map.of("due_at", step.dueAt().toString()), Map.of("step", step.step(), "due_at", until.toString()));
            return ":zzz: Snoozed until " + WHEN.format(until.atZone(zone)) + " (" + zone.getId() + ").";
        });
    }

    public String done(String actor, long stepId) {
        return act(actor, stepId, (handle, step) -> {
            if (closedItemByItem.test(step.step())) {
                return "Each item here has its own Done: press it beside each one once that one is done.";
            }
            if (handle.attach(DueStepDao.class).markDone(stepId, clock.instant(), actor) != 1) {
                return alreadyClosed();
            }
            Audit.record(handle, clock.instant(), actor, step.accountId(), "timeline.done",
                    Map.of("status", step.status()), Map.of("step", step.step(), "status", DueStep.DONE));
            return ":white_check_mark: Marked done. No more reminders for this.";
        });
    }

    private String act(String actor, long stepId, StepChange change) {
        return jdbi.inTransaction(handle -> {
            Optional<DueStep> step = handle.attach(DueStepDao.class).byId(stepId);
            if (step.isEmpty()) {
                return "That reminder is no longer on the timeline.";
            }
            if (!DueStep.PENDING.equals(step.get().status())) {
                return alreadyClosed();
            }
            Optional<Account> account = handle.attach(AccountDao.class).findById(step.get().accountId());
            if (!account.map(a -> access.mayChange(actor, a)).orElseGet(() -> access.isLeader(actor))) {
                return "Only the account team or a leader can snooze or close this reminder.";
            }
            return change.apply(handle, step.get());
        });
    }

    private static String alreadyClosed() {
        return "This step is already done or escalated: nothing to snooze.";
    }

    @FunctionalInterface
    private interface StepChange {
        String apply(Handle handle, DueStep step);
    }
}
