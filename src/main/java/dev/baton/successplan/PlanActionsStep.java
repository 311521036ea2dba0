package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.DueItems;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.Timeline;
import dev.baton.timeline.WorkingHours;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Armed at the morning of the earliest open action's due date, and re-armed as each is done or the plan changes:
 * the owners of the actions that are due are reminded, each action with its own Done button.
 */
final class PlanActionsStep implements ArmedStep {
    static final String ID = "successplan-actions";

    private final SuccessPlanViews views;
    private final Clock clock;
    private final ZoneId zone;

    PlanActionsStep(SuccessPlanViews views, Clock clock, ZoneId zone) {
        this.views = views;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean closedItemByItem() {
        return true;
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        List<PlanAction> open = handle.attach(SuccessPlanDao.class).openActionsForAccount(account.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<PlanAction> due = DueItems.due(open, today, PlanAction::dueDate);
        if (due.isEmpty()) {
            return new StepCheck.Satisfied(open.isEmpty() ? "every success-plan action is done"
                    : "no success-plan action is due yet");
        }
        return views.actionsReminder(due);
    }

    /** Re-arms the account's action reminders at the earliest open due date; none open, nothing to arm. */
    static void arm(Handle handle, long accountId, Instant now, ZoneId zone) {
        handle.attach(SuccessPlanDao.class).openActionsForAccount(accountId).stream().findFirst().ifPresent(first -> {
            Instant due = WorkingHours.morningOf(first.dueDate(), zone);
            Timeline.arm(handle, accountId, ID, due.isBefore(now) ? now : due);
        });
    }
}
