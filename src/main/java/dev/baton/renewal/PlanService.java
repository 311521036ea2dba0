package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The renewal plan of a yellow or red rating: the save plan, and the weekly check-ins the AE's manager receives. */
final class PlanService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final RenewalPeople people;
    private final RenewalViews views;
    private final RenewalNotifications notifications;

    PlanService(Jdbi jdbi, Clock clock, RenewalPeople people, RenewalViews views, RenewalNotifications notifications) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.people = people;
        this.views = views;
        this.notifications = notifications;
    }

    Change openSavePlan(String actor, long cycleId, String responseUrl) {
        return change(actor, cycleId, (handle, account, cycle, now) -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            Optional<SavePlan.Row> plan = dao.savePlan(cycleId);
            List<SavePlan.Step> steps = dao.savePlanSteps(cycleId);
            List<Map<String, String>> slots = new ArrayList<>();
            for (int i = 1; i <= SavePlanForm.MAX_STEPS; i++) {
                int position = i;
                Optional<SavePlan.Step> step = steps.stream().filter(s -> s.position() == position).findFirst();
                slots.add(Map.of("position", String.valueOf(i), "action", step.map(SavePlan.Step::action).orElse(""),
                        "owner", step.map(SavePlan.Step::owner).orElse(""),
                        "due", step.map(s -> s.dueOn().toString()).orElse("")));
            }
            Map<String, Object> model = model(account, cycle, responseUrl);
            model.put("problem", plan.map(SavePlan.Row::problem).orElse(""));
            model.put("goal", plan.map(SavePlan.Row::goal).orElse(""));
            model.put("slots", slots);
            return new Change.Show(views.modal("save-plan-modal.json.ftl", model));
        });
    }

    Change saveSavePlan(String actor, long cycleId, SavePlanForm form) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Change.Invalid(problems);
        }
        return change(actor, cycleId, (handle, account, cycle, now) -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            Optional<SavePlan.Row> before = dao.savePlan(cycleId);
            if (before.isPresent()) {
                dao.updateSavePlan(cycleId, form.problem(), form.goal(), now);
            } else {
                dao.insertSavePlan(cycleId, form.problem(), form.goal(), actor, now);
            }
            dao.removeSavePlanSteps(cycleId);
            form.steps().stream().filter(s -> !s.blank()).forEach(s ->
                    dao.addSavePlanStep(cycleId, s.position(), s.action(), s.owner(), s.dueOn()));
            Audit.record(handle, now, actor, account.id(), before.isPresent() ? "renewal.save-plan.updated"
                    : "renewal.save-plan.written", before.orElse(null), form);
            return new Change.Done("Save plan saved.", account.id());
        });
    }

    Change openCheckIn(String actor, long cycleId, String responseUrl) {
        return change(actor, cycleId, (handle, account, cycle, now) -> {
            List<CheckIn> checkIns = handle.attach(RenewalDao.class).checkIns(cycleId);
            Map<String, Object> model = model(account, cycle, responseUrl);
            if (!checkIns.isEmpty()) {
                CheckIn last = checkIns.get(0);
                model.put("last", Map.of("date", last.date(), "actor", last.actor(), "progress", last.progress()));
            }
            return new Change.Show(views.modal("check-in-modal.json.ftl", model));
        });
    }

    Change checkIn(String actor, long cycleId, String progress, String corrective, String trend) {
        if (progress == null || trend == null || !CheckIn.TRENDS.contains(trend)) {
            return new Change.Invalid(progress == null ? Map.of(RenewalIds.FIELD_PROGRESS, "Say what moved this week.")
                    : Map.of(RenewalIds.FIELD_TREND, "Pick on track, at risk or off track."));
        }
        return change(actor, cycleId, (handle, account, cycle, now) -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            dao.addCheckIn(cycleId, now, actor, progress, corrective, trend);
            CheckIn checkIn = dao.checkIns(cycleId).get(0);
            Audit.record(handle, now, actor, account.id(), "renewal.checked-in", null, checkIn);
            notifications.checkedIn(handle, account, cycle, checkIn, now);
            Timeline.arm(handle, account.id(), CheckInStep.ID, now.plus(CheckInStep.INTERVAL));
            return new Change.Done("Checked in: the AE's manager has it.", account.id());
        });
    }

    private static Map<String, Object> model(Account account, Cycle cycle, String responseUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("cycle", cycle);
        model.put("rating", cycle.agreedRating().map(Rating::label).orElse("not rated"));
        model.put("metadata", new RenewalState(cycle.id(), responseUrl).toJson());
        return model;
    }

    private Change change(String actor, long cycleId, CycleWork work) {
        return jdbi.inTransaction(handle -> {
            Optional<Cycle> cycle = handle.attach(RenewalDao.class).cycle(cycleId);
            Optional<Account> account = cycle.flatMap(c -> handle.attach(AccountDao.class).findById(c.accountId()));
            if (account.isEmpty() || !cycle.get().open()) {
                return new Change.Refused("That renewal is no longer open.");
            }
            if (!people.mayAssess(actor, account.get())) {
                return new Change.Refused("Only " + account.get().name() + "'s account team or a leader can "
                        + "work on its renewal plan.");
            }
            if (cycle.get().agreedRating().map(r -> !r.atRisk()).orElse(true)) {
                return new Change.Refused("A save plan and check-ins follow an agreed yellow or red rating.");
            }
            return work.apply(handle, account.get(), cycle.get(), clock.instant());
        });
    }

    /** The work on one cycle that {@link #change} runs in a transaction once the account and cycle are found. */
    @FunctionalInterface
    private interface CycleWork {
        Change apply(Handle handle, Account account, Cycle cycle, Instant now);
    }
}
