package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Armed a week after entry and a week after each update: the TA is asked for the plan's progress per step and
 * criterion, blockers and asks, which go to the TA's manager (and the sponsor).
 */
final class WeeklyUpdateStep implements ArmedStep {
    static final String ID = "lighthouse-weekly-update";
    static final Duration INTERVAL = Duration.ofDays(7);

    private final LighthouseViews views;

    WeeklyUpdateStep(LighthouseViews views) {
        this.views = views;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean closedItemByItem() {
        return true; // closed by the update itself, which arms the next week's
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        Optional<LighthouseRows.Program> program = handle.attach(LighthouseDao.class).current(account.id());
        if (program.isEmpty()) {
            return new StepCheck.Satisfied("not in the Lighthouse program");
        }
        return new StepCheck.Needed(LighthousePeople.runners(account),
                "weekly Lighthouse update: progress, current values, blockers and asks",
                List.of("For your 1:1: what moved on each step and criterion this week."),
                views.button(LighthouseIds.ACTION_UPDATE, "Write update", account.id()));
    }

    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(new StepForm(LighthouseIds.ACTION_UPDATE, "Write update", account.id()));
    }
}
