package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Armed when a yellow rating is agreed: the assessor is asked for the save plan until it is written. */
final class SavePlanStep implements ArmedStep {
    static final String ID = "renewal-save-plan";

    private final Set<String> leaders;
    private final RenewalViews views;

    SavePlanStep(Set<String> leaders, RenewalViews views) {
        this.leaders = leaders;
        this.views = views;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean closedItemByItem() {
        return true; // closed by writing the plan, not by a Done
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        RenewalDao dao = handle.attach(RenewalDao.class);
        Optional<Cycle> cycle = dao.openCycleOf(account.id());
        if (cycle.isEmpty() || !Rating.YELLOW.code().equals(cycle.get().rating())) {
            return new StepCheck.Satisfied("no open yellow renewal");
        }
        if (dao.savePlan(cycle.get().id()).isPresent()) {
            return new StepCheck.Satisfied("the save plan is written");
        }
        return new StepCheck.Needed(Cycles.people(leaders, Cycles.assessor(account)),
                "write the save plan for the yellow renewal",
                List.of("Renews " + cycle.get().renewalDate() + ": the problem, the goal, and steps each with an owner "
                        + "and a due date."),
                views.stepButton(form(cycle.get())));
    }

    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return Cycles.openCycleForm(handle, account, this::form);
    }

    private StepForm form(Cycle cycle) {
        return new StepForm(RenewalIds.ACTION_SAVE_PLAN, "Write save plan", cycle.id());
    }
}
