package dev.baton.successplan;

import java.util.List;
import java.util.Optional;

/** Writes a typed plan's rows over the plan's old ones, keeping the done marks of unchanged actions. */
final class PlanWriter {
    private PlanWriter() {
    }

    static void write(SuccessPlanDao dao, long planId, PlanDraft draft, List<PlanAction> oldActions) {
        dao.clearGoals(planId);
        dao.clearRelationships(planId);
        dao.clearAsks(planId);
        dao.clearActions(planId);
        draft.goals().stream().filter(g -> g.goal() != null)
                .forEach(g -> dao.addGoal(planId, g.position(), g.goal(), g.measure()));
        for (PlanDraft.ActionDraft a : draft.actions()) {
            if (a.action() == null) {
                continue;
            }
            Optional<PlanAction> same = oldActions.stream().filter(o -> o.done() && o.goal() == a.goal()
                    && o.position() == a.position() && o.action().equals(a.action())).findFirst();
            dao.addAction(planId, a.goal(), a.position(), a.action(), a.owner(), a.dueDate(),
                    same.map(PlanAction::doneAt).orElse(null), same.map(PlanAction::doneBy).orElse(null));
        }
        draft.relationships().stream().filter(r -> r.contactId() != null).forEach(r -> dao.addRelationship(planId,
                r.position(), r.contactId(), r.sentiment(), r.champion(), r.why(), r.win()));
        draft.asks().stream().filter(a -> a.dependency() != null).forEach(a -> dao.addAsk(planId, a.position(),
                a.dependency(), a.risk(), a.resolution(), a.help()));
    }
}
