package dev.baton.lighthouse;

import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import dev.baton.workflow.Change;

import java.util.HashMap;
import java.util.Map;

/** Leaders assign each account's exec sponsor, who gets the plan at once and every later update. */
final class SponsorService {
    private final Programs programs;
    private final LighthousePeople people;
    private final LighthouseViews views;

    SponsorService(Programs programs, LighthousePeople people, LighthouseViews views) {
        this.programs = programs;
        this.people = people;
        this.views = views;
    }

    Change open(String actor, long accountId, String responseUrl) {
        return programs.change(accountId, actor, (user, account) -> people.isLeader(user), "a leader",
                (handle, account, program, now) -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("account", account);
                    model.put("sponsor", program.sponsor() == null ? "" : program.sponsor());
                    model.put("metadata", new LighthouseState(accountId, responseUrl).toJson());
                    return new Change.Show(views.modal("sponsor-modal.json.ftl", model));
                });
    }

    Change assign(String actor, long accountId, String sponsor) {
        if (sponsor == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_SPONSOR, "Pick the exec sponsor."));
        }
        return programs.change(accountId, actor, (user, account) -> people.isLeader(user), "a leader",
                (handle, account, program, now) -> {
                    LighthouseDao dao = handle.attach(LighthouseDao.class);
                    dao.setSponsor(program.nominationId(), sponsor);
                    Audit.record(handle, now, actor, accountId, "lighthouse.sponsor.assigned",
                            program.sponsor() == null ? null : Map.of("sponsor", program.sponsor()),
                            Map.of("sponsor", sponsor));
                    Map<String, Object> model = PlanService.planModel(account, dao.current(accountId).orElseThrow(), dao);
                    model.put("by", actor);
                    Outbox.post(handle, "lighthouse-sponsor:" + program.nominationId() + ":" + sponsor + ":"
                            + now.toEpochMilli(), sponsor, views.message("sponsor-dm.json.ftl", model), now);
                    return new Change.Done("Sponsor assigned: they have the plan by DM.", accountId);
                });
    }
}
