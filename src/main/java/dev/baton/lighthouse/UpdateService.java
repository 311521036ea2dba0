package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.audit.Audit;
import dev.baton.lighthouse.LighthouseRows.Criterion;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.outbox.Outbox;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The TA's weekly update: the steps done, the criteria's current values, blockers and asks, to the manager and sponsor. */
final class UpdateService {
    private final Jdbi jdbi;
    private final Programs programs;
    private final LighthousePeople people;
    private final LighthouseViews views;

    UpdateService(Jdbi jdbi, Programs programs, LighthousePeople people, LighthouseViews views) {
        this.jdbi = jdbi;
        this.programs = programs;
        this.people = people;
        this.views = views;
    }

    Change open(String actor, long accountId, String responseUrl) {
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    Map<String, Object> model = new HashMap<>();
                    model.put("account", account);
                    model.put("criteria", dao.criteria(program.nominationId()));
                    model.put("steps", dao.openSteps(accountId));
                    model.put("metadata", new LighthouseState(accountId, responseUrl).toJson());
                    return new Change.Show(views.modal("update-modal.json.ftl", model));
                });
    }

    /** The criteria the update form asks about, to read it by. */
    List<Criterion> criteria(long accountId) {
        return jdbi.withExtension(LighthouseDao.class, dao -> dao.current(accountId)
                .map(p -> dao.criteria(p.nominationId())).orElse(List.of()));
    }

    Change save(String actor, long accountId, UpdateForm form) {
        if (form.progress() == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_PROGRESS, "Say what moved this week."));
        }
        return programs.change(accountId, actor, people::onTeam, "the account team or a leader",
                (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    record(handle, dao, account, program, form, actor, now);
                    Audit.record(handle, now, actor, accountId, "lighthouse.updated", null, form);
                    tell(handle, dao, account, program, form, actor, now);
                    Timeline.arm(handle, accountId, WeeklyUpdateStep.ID, now.plus(WeeklyUpdateStep.INTERVAL));
                    return new Change.Done("Update saved: the TA's manager has it.", accountId);
                });
    }

    private static void record(Handle handle, LighthouseDao dao, Account account, Program program, UpdateForm form,
                               String actor, Instant now) {
        dao.addUpdate(program.nominationId(), now, actor, form.progress(), form.blockers(), form.asks());
        form.current().forEach((position, value) -> dao.setCurrent(program.nominationId(), position, value,
                form.met().getOrDefault(position, false)));
        for (long stepId : form.stepsDone()) {
            dao.step(stepId).filter(s -> s.nominationId() == program.nominationId())
                    .ifPresent(s -> dao.markStepDone(s.id(), now, actor));
        }
    }

    private void tell(Handle handle, LighthouseDao dao, Account account, Program program, UpdateForm form, String actor,
                      Instant now) {
        Set<String> recipients = new LinkedHashSet<>(dao.taManager(account.id()).map(List::of)
                .orElse(List.copyOf(people.leaders())));
        if (program.sponsor() != null) {
            recipients.add(program.sponsor());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("by", actor);
        model.put("update", Map.of("progress", form.progress(), "blockers", PlanService.text(form.blockers()),
                "asks", PlanService.text(form.asks())));
        model.put("criteria", LighthouseCards.criteria(dao.criteria(program.nominationId()),
                dao.steps(program.nominationId())));
        var message = views.message("update-dm.json.ftl", model);
        for (String recipient : recipients) {
            Outbox.post(handle, "lighthouse-update:" + program.nominationId() + ":" + now.toEpochMilli() + ":"
                    + recipient, recipient, message, now);
        }
    }

}
