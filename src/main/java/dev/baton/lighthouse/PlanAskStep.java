package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

/** Armed when an account enters the program: its TA is asked for the save plan until it is submitted. */
final class PlanAskStep implements ArmedStep {
    static final String ID = "lighthouse-save-plan";

    private final LighthouseViews views;

    PlanAskStep(LighthouseViews views) {
        this.views = views;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean closedItemByItem() {
        return true; // closed by submitting the plan, not by a Done
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        Optional<LighthouseRows.Program> program = handle.attach(LighthouseDao.class).current(account.id());
        if (program.isEmpty()) {
            return new StepCheck.Satisfied("not in the Lighthouse program");
        }
        if (program.get().submitted()) {
            return new StepCheck.Satisfied("the Lighthouse save plan is submitted");
        }
        return new StepCheck.Needed(LighthousePeople.runners(account),
                "write the Lighthouse save plan and review it with the AE",
                List.of("The problem, the goal, success criteria with targets, and steps with owners and due dates."),
                views.button(LighthouseIds.ACTION_PLAN, "Write save plan", account.id()));
    }

    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(new StepForm(LighthouseIds.ACTION_PLAN, "Write save plan", account.id()));
    }
}
