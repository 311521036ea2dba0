package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.lighthouse.LighthouseRows.PlanStep;
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
 * Armed when a save plan is submitted, at its earliest open step's due date, and re-armed as each is done: the owners
 * of the steps that are due are reminded, each reminder with a Done button per step (like a retro's calls to action).
 */
final class PlanStepsStep implements ArmedStep {
    static final String ID = "lighthouse-plan-steps";

    private final LighthouseViews views;
    private final Clock clock;
    private final ZoneId zone;

    PlanStepsStep(LighthouseViews views, Clock clock, ZoneId zone) {
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
        List<PlanStep> open = handle.attach(LighthouseDao.class).openSteps(account.id());
        if (open.isEmpty()) {
            return new StepCheck.Satisfied("every Lighthouse save plan step is done");
        }
        List<PlanStep> shown = DueItems.dueOrAll(open, LocalDate.ofInstant(clock.instant(), zone), PlanStep::dueOn);
        return new StepCheck.Needed(DueItems.owners(shown, PlanStep::owner),
                "Lighthouse save plan steps are due",
                List.of(shown.size() + " due; press Done on each once it is done."), views.stepButtons(shown));
    }

    /** When the step should next fall due: the earliest open due date, or now when that has passed. */
    static Instant nextDue(List<PlanStep> open, Instant now, ZoneId zone) {
        return DueItems.nextDue(open, now, zone, PlanStep::dueOn);
    }
}
