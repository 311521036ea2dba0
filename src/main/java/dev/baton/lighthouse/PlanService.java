package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.Criterion;
import dev.baton.lighthouse.LighthouseRows.PlanStep;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.outbox.Outbox;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The save plan: drafted and submitted by the account team; on submission the AE and the reviewers (and the sponsor)
 * get it by DM and its steps go on the timeline, each owner reminded from its due date until it is done.
 */
final class PlanService {
    private final Jdbi jdbi;
    private final Programs programs;
    private final LighthousePeople people;
    private final LighthouseViews views;
    private final ZoneId zone;

    PlanService(Jdbi jdbi, Programs programs, LighthousePeople people, LighthouseViews views, ZoneId zone) {
        this.jdbi = jdbi;
        this.programs = programs;
        this.people = people;
        this.views = views;
        this.zone = zone;
    }

    Change open(String actor, long accountId, String responseUrl) {
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    Map<String, Object> model = new HashMap<>();
                    model.put("account", account);
                    model.put("program", Map.of("problem", text(program.problem()), "goal", text(program.goal())));
                    model.put("slots", PlanSlots.of(dao.criteria(program.nominationId()), dao.steps(program.nominationId())));
                    model.put("metadata", new LighthouseState(accountId, responseUrl).toJson());
                    return new Change.Show(views.modal("plan-modal.json.ftl", model));
                });
    }

    Change save(String actor, long accountId, PlanForm form) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Change.Invalid(problems);
        }
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> {
                    write(handle, program, form, now);
                    Audit.record(handle, now, actor, accountId, form.submit() ? "lighthouse.plan.submitted"
                            : "lighthouse.plan.drafted", program, form);
                    if (form.submit()) {
                        submitted(handle, account, program, now);
                        return new Change.Done("Save plan submitted: the AE and the reviewers have it.", accountId);
                    }
                    return new Change.Done("Save plan draft saved.", accountId);
                });
    }

    private static void write(Handle handle, Program program, PlanForm form, Instant now) {
        LighthouseDao dao = handle.attach(LighthouseDao.class);
        long id = program.nominationId();
        List<PlanStep> before = dao.steps(id);
        String status = form.submit() || program.submitted() ? LighthouseRows.SUBMITTED : LighthouseRows.DRAFT;
        dao.savePlan(id, form.problem(), form.goal(), status, now);
        dao.removeSteps(id);
        dao.removeCriteria(id);
        for (PlanForm.CriterionDraft c : form.filled()) {
            dao.addCriterion(id, c.position(), c.what(), c.measure(), c.target(), c.current(), false);
            for (PlanForm.StepDraft s : c.steps().stream().filter(s -> !s.blank()).toList()) {
                Optional<PlanStep> kept = before.stream().filter(b -> b.done() && b.action().equals(s.action())
                        && b.criterionPosition() == s.criterion()).findFirst();
                dao.addStep(id, s.criterion(), s.position(), s.action(), s.owner(), s.dueOn(),
                        kept.map(PlanStep::doneAt).orElse(null), kept.map(PlanStep::doneBy).orElse(null));
            }
        }
    }

    private void submitted(Handle handle, Account account, Program program, Instant now) {
        LighthouseDao dao = handle.attach(LighthouseDao.class);
        List<PlanStep> open = dao.openSteps(account.id());
        if (!open.isEmpty()) {
            Timeline.arm(handle, account.id(), PlanStepsStep.ID, PlanStepsStep.nextDue(open, now, zone));
        }
        Program after = dao.current(account.id()).orElseThrow();
        Set<String> recipients = new LinkedHashSet<>(people.planReviewers(account));
        if (after.sponsor() != null) {
            recipients.add(after.sponsor());
        }
        var message = views.message("plan-dm.json.ftl", planModel(account, after, dao));
        for (String recipient : recipients) {
            Outbox.post(handle, "lighthouse-plan:" + program.nominationId() + ":" + now.toEpochMilli() + ":" + recipient,
                    recipient, message, now);
        }
    }

    /** What the plan DM, the sponsor's DM and the sync's new-entrant DM show. */
    static Map<String, Object> planModel(Account account, Program program, LighthouseDao dao) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("problem", text(program.problem()));
        model.put("goal", text(program.goal()));
        model.put("criteria", LighthouseCards.criteria(dao.criteria(program.nominationId()),
                dao.steps(program.nominationId())));
        return model;
    }

    /** A step's owner (or the account team) marks it done from its reminder or the card. */
    Change stepDone(String actor, long stepId) {
        Optional<PlanStep> step = jdbi.withExtension(LighthouseDao.class, dao -> dao.step(stepId));
        Optional<Long> accountId = step.flatMap(s -> jdbi.withExtension(LighthouseDao.class,
                dao -> dao.program(s.nominationId())).map(Program::accountId));
        if (accountId.isEmpty()) {
            return new Change.Refused("That step is no longer in a Lighthouse plan.");
        }
        return programs.change(accountId.get(), actor, (user, account) -> user.equals(step.get().owner())
                || people.onTeam(user, account), "the step's owner or the account team", (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    if (dao.markStepDone(stepId, now, actor) == 1) {
                        Audit.record(handle, now, actor, account.id(), "lighthouse.step.done", step.get(), null);
                        List<PlanStep> open = dao.openSteps(account.id());
                        if (!open.isEmpty()) {
                            Timeline.arm(handle, account.id(), PlanStepsStep.ID, PlanStepsStep.nextDue(open, now, zone));
                        }
                    }
                    return new Change.Done("Step done: " + step.get().action(), account.id());
                });
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The plan form's slots, filled from the saved criteria and steps. */
    static final class PlanSlots {
        private PlanSlots() {
        }

        static List<Map<String, Object>> of(List<Criterion> criteria, List<PlanStep> steps) {
            List<Map<String, Object>> slots = new ArrayList<>();
            for (int c = 1; c <= PlanForm.MAX_CRITERIA; c++) {
                int position = c;
                Optional<Criterion> saved = criteria.stream().filter(x -> x.position() == position).findFirst();
                Map<String, Object> slot = new HashMap<>();
                slot.put("position", c);
                slot.put("what", saved.map(Criterion::what).orElse(""));
                slot.put("measure", saved.map(x -> text(x.measure())).orElse(""));
                slot.put("target", saved.map(x -> text(x.target())).orElse(""));
                slot.put("current", saved.map(x -> text(x.currentValue())).orElse(""));
                List<Map<String, Object>> stepSlots = new ArrayList<>();
                for (int s = 1; s <= PlanForm.MAX_STEPS; s++) {
                    int at = s;
                    Optional<PlanStep> step = steps.stream().filter(x -> x.criterionPosition() == position
                            && x.position() == at).findFirst();
                    stepSlots.add(Map.of("position", s, "action", step.map(PlanStep::action).orElse(""),
                            "owner", step.map(PlanStep::owner).orElse(""),
                            "due", step.map(x -> x.dueOn().toString()).orElse("")));
                }
                slot.put("steps", stepSlots);
                slots.add(slot);
            }
            return slots;
        }
    }
}
