package dev.baton.successplan;

import dev.baton.slack.ModalValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.baton.successplan.SuccessPlanIds.action;
import static dev.baton.successplan.SuccessPlanIds.ask;
import static dev.baton.successplan.SuccessPlanIds.goal;
import static dev.baton.successplan.SuccessPlanIds.relationship;

/** Reads the submitted plan modal into a {@link PlanDraft}: blank fields read as null. */
final class PlanDraftReader {
    private PlanDraftReader() {
    }

    /** @throws java.time.format.DateTimeParseException when a due date cannot be read */
    static PlanDraft read(ModalValues values) {
        List<PlanDraft.GoalDraft> goals = new ArrayList<>();
        List<PlanDraft.ActionDraft> actions = new ArrayList<>();
        for (int g = 1; g <= SuccessPlanIds.GOALS; g++) {
            goals.add(new PlanDraft.GoalDraft(g, values.trimmedText(goal(g, "goal")), values.trimmedText(goal(g, "measure"))));
            for (int a = 1; a <= SuccessPlanIds.ACTIONS_PER_GOAL; a++) {
                String due = values.trimmedText(action(g, a, "due"));
                actions.add(new PlanDraft.ActionDraft(g, a, values.trimmedText(action(g, a, "action")),
                        values.trimmedText(action(g, a, "owner")), due == null ? null : LocalDate.parse(due)));
            }
        }
        List<PlanDraft.RelationshipDraft> relationships = new ArrayList<>();
        for (int r = 1; r <= SuccessPlanIds.RELATIONSHIPS; r++) {
            String contact = values.selected(relationship(r, "contact"));
            relationships.add(new PlanDraft.RelationshipDraft(r, contact == null ? null : Long.valueOf(contact),
                    values.selected(relationship(r, "sentiment")), values.checked(relationship(r, "champion")),
                    values.trimmedText(relationship(r, "why")), values.trimmedText(relationship(r, "win"))));
        }
        List<PlanDraft.AskDraft> asks = new ArrayList<>();
        for (int a = 1; a <= SuccessPlanIds.ASKS; a++) {
            asks.add(new PlanDraft.AskDraft(a, values.trimmedText(ask(a, "dependency")), values.trimmedText(ask(a, "risk")),
                    values.trimmedText(ask(a, "plan")), values.trimmedText(ask(a, "help"))));
        }
        return new PlanDraft(goals, actions, relationships, asks);
    }
}
