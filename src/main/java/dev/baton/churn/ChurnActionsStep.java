package dev.baton.churn;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.DueItems;
import dev.baton.timeline.StepCheck;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Armed when a retro is reviewed, at the earliest open call to action's due date, and re-armed as each is done:
 * the owners of the calls to action that are due are reminded, each reminder with a Done button per action.
 */
final class ChurnActionsStep implements ArmedStep {
    public static final String ID = "churn-calls-to-action";

    private final ChurnViews views;
    private final Clock clock;
    private final ZoneId zone;

    public ChurnActionsStep(ChurnViews views, Clock clock, ZoneId zone) {
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
        List<CallToAction> open = handle.attach(ChurnDao.class).openActionsForAccount(account.id());
        if (open.isEmpty()) {
            return new StepCheck.Satisfied("every churn retro call to action is done");
        }
        List<CallToAction> shown = DueItems.dueOrAll(open, LocalDate.ofInstant(clock.instant(), zone),
                CallToAction::dueDate);
        return new StepCheck.Needed(DueItems.owners(shown, CallToAction::owner),
                "churn retro calls to action are due",
                List.of(shown.size() + " open; press Done on each once it is done."),
                views.actionButtons(shown));
    }

    /** When the step should next fall due: the earliest open due date, or now when that has passed. */
    static Instant nextDue(List<CallToAction> open, Instant now, ZoneId zone) {
        return DueItems.nextDue(open, now, zone, CallToAction::dueDate);
    }
}
