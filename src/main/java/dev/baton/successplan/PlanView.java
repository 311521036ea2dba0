package dev.baton.successplan;

import dev.baton.account.Contact;
import dev.baton.account.Role;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan as shown: its goals each with their actions and progress, its relationships with the contacts, its asks. */
public record PlanView(SuccessPlan plan, List<GoalProgress> goals, List<RelationshipView> relationships,
                       List<BusinessAsk> asks) {

    /** A goal with its actions, done of total. */
    public record GoalProgress(Goal goal, List<PlanAction> actions) {
        public long done() {
            return actions.stream().filter(PlanAction::done).count();
        }

        public int total() {
            return actions.size();
        }
    }

    /**
     * A relationship and its contact (null when the contact was removed since); {@code taggable} when the plan
     * means to develop them into a champion and they are not tagged Champion yet.
     */
    public record RelationshipView(Relationship relationship, Contact contact) {
        public boolean taggable() {
            return relationship.champion() && contact != null && !contact.roles().has(Role.CHAMPION);
        }
    }

    public List<PlanAction> actions() {
        return goals.stream().flatMap(g -> g.actions().stream()).toList();
    }

    public long done() {
        return actions().stream().filter(PlanAction::done).count();
    }

    public int total() {
        return actions().size();
    }

    static PlanView load(Handle handle, SuccessPlan plan, List<Contact> contacts) {
        SuccessPlanDao dao = handle.attach(SuccessPlanDao.class);
        List<PlanAction> actions = dao.actions(plan.id());
        List<GoalProgress> goals = dao.goals(plan.id()).stream().map(goal -> new GoalProgress(goal,
                actions.stream().filter(a -> a.goal() == goal.position()).toList())).toList();
        Map<Long, Contact> byId = contacts.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        List<RelationshipView> relationships = dao.relationships(plan.id()).stream()
                .map(r -> new RelationshipView(r, byId.get(r.contactId()))).toList();
        return new PlanView(plan, goals, relationships, dao.asks(plan.id()));
    }
}
