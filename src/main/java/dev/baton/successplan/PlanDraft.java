package dev.baton.successplan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A success plan as typed in its modal, slot by slot (blank slots are skipped): {@link #problems} finds every
 * problem at once, keyed by the block id of the field it is about, so the modal shows each on its field.
 */
public record PlanDraft(List<GoalDraft> goals, List<ActionDraft> actions, List<RelationshipDraft> relationships,
                        List<AskDraft> asks) {
    public record GoalDraft(int position, String goal, String measure) {
        boolean blank() {
            return goal == null && measure == null;
        }
    }

    public record ActionDraft(int goal, int position, String action, String owner, LocalDate dueDate) {
        boolean blank() {
            return action == null && owner == null && dueDate == null;
        }
    }

    public record RelationshipDraft(int position, Long contactId, String sentiment, boolean champion, String why,
                                    String win) {
        boolean blank() {
            return contactId == null && sentiment == null && !champion && why == null && win == null;
        }
    }

    public record AskDraft(int position, String dependency, String risk, String resolution, String help) {
        boolean blank() {
            return dependency == null && risk == null && resolution == null && help == null;
        }
    }

    /** Every problem, by block id; empty when the plan can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        goals.forEach(g -> checkGoal(g, problems));
        if (goals.stream().allMatch(GoalDraft::blank)) {
            problems.put(SuccessPlanIds.goal(1, "goal"), "Write at least one North Star goal.");
        }
        actions.forEach(a -> checkAction(a, problems));
        for (RelationshipDraft r : relationships) {
            if (!r.blank() && r.contactId() == null) {
                problems.put(SuccessPlanIds.relationship(r.position(), "contact"), "Pick the contact this is about.");
            }
        }
        for (AskDraft a : asks) {
            if (!a.blank() && a.dependency() == null) {
                problems.put(SuccessPlanIds.ask(a.position(), "dependency"), "Name the team or dependency this ask is about.");
            }
        }
        return problems;
    }

    private static void checkGoal(GoalDraft g, Map<String, String> problems) {
        if (g.goal() != null && g.measure() == null) {
            problems.put(SuccessPlanIds.goal(g.position(), "measure"),
                    "A North Star goal needs a measure: how will you know it was reached?");
        } else if (g.goal() == null && g.measure() != null) {
            problems.put(SuccessPlanIds.goal(g.position(), "goal"), "Write the goal this measure is for.");
        }
    }

    private void checkAction(ActionDraft a, Map<String, String> problems) {
        if (a.blank()) {
            return;
        }
        if (a.action() == null) {
            problems.put(SuccessPlanIds.action(a.goal(), a.position(), "action"), "Say what the action is.");
        } else if (goalAt(a.goal()) == null) {
            problems.put(SuccessPlanIds.action(a.goal(), a.position(), "action"),
                    "Write goal " + a.goal() + " first: an action works towards a goal.");
        }
        if (a.owner() == null) {
            problems.put(SuccessPlanIds.action(a.goal(), a.position(), "owner"), "Every action needs an owner.");
        }
        if (a.dueDate() == null) {
            problems.put(SuccessPlanIds.action(a.goal(), a.position(), "due"), "Every action needs a due date.");
        }
    }

    private String goalAt(int position) {
        return goals.stream().filter(g -> g.position() == position).findFirst().map(GoalDraft::goal).orElse(null);
    }
}
