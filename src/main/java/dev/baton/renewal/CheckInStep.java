package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Armed a week after a yellow or red rating is agreed and a week after each check-in: the assessor is asked for the
 * plan's progress and corrective action until the next check-in.
 */
final class CheckInStep implements ArmedStep {
    static final String ID = "renewal-check-in";
    static final Duration INTERVAL = Duration.ofDays(7);

    private final Set<String> leaders;
    private final RenewalViews views;

    CheckInStep(Set<String> leaders, RenewalViews views) {
        this.leaders = leaders;
        this.views = views;
    }

    /** Whether the weekly check-in is overdue, counting from the last one (or the agreement). */
    static boolean overdue(Instant since, Instant now) {
        return now.isAfter(since.plus(INTERVAL));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean closedItemByItem() {
        return true; // closed by the check-in itself, which arms the next week's
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        RenewalDao dao = handle.attach(RenewalDao.class);
        Optional<Cycle> cycle = dao.openCycleOf(account.id());
        if (cycle.isEmpty() || cycle.get().agreedRating().map(r -> !r.atRisk()).orElse(true)) {
            return new StepCheck.Satisfied("no open yellow or red renewal");
        }
        List<CheckIn> checkIns = dao.checkIns(cycle.get().id());
        String last = checkIns.isEmpty() ? "No check-in yet."
                : "Last check-in " + checkIns.get(0).at().toString().substring(0, 10) + ": " + checkIns.get(0).trendLabel() + ".";
        return new StepCheck.Needed(Cycles.people(leaders, Cycles.assessor(account)),
                "weekly renewal check-in: the plan's progress and corrective action",
                List.of("Rated " + cycle.get().agreedRating().orElseThrow().label() + ", renews "
                        + cycle.get().renewalDate() + ". " + last),
                views.stepButton(form(cycle.get())));
    }

    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return Cycles.openCycleForm(handle, account, this::form);
    }

    private StepForm form(Cycle cycle) {
        return new StepForm(RenewalIds.ACTION_CHECK_IN, "Check in", cycle.id());
    }
}
