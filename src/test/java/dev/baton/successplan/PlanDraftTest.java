package dev.baton.successplan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan form's checks, each problem on the field it is about. */
class PlanDraftTest {
    private static PlanDraft draft(PlanDraft.GoalDraft goal, PlanDraft.ActionDraft action) {
        return new PlanDraft(List.of(goal), List.of(action),
                List.of(new PlanDraft.RelationshipDraft(1, null, "Positive", false, null, null)),
                List.of(new PlanDraft.AskDraft(1, null, "late", null, null)));
    }

    @Test
    void aGoalWithoutAMeasureAndAnActionWithoutADueDateAreRefusedOnTheirFields() {
        var problems = draft(new PlanDraft.GoalDraft(1, "Adopt CI", null),
                new PlanDraft.ActionDraft(1, 1, "Enablement", "U1", null)).problems();
        assertThat(problems).containsOnlyKeys(SuccessPlanIds.goal(1, "measure"), SuccessPlanIds.action(1, 1, "due"),
                SuccessPlanIds.relationship(1, "contact"), SuccessPlanIds.ask(1, "dependency"));
        assertThat(problems.get(SuccessPlanIds.goal(1, "measure"))).contains("needs a measure");
    }

    @Test
    void aPlanNeedsAGoalAndAnActionNeedsItsGoal() {
        var problems = new PlanDraft(List.of(new PlanDraft.GoalDraft(1, null, null)),
                List.of(new PlanDraft.ActionDraft(1, 1, "Enablement", "U1", LocalDate.of(2027, 1, 4))), List.of(), List.of())
                .problems();
        assertThat(problems.get(SuccessPlanIds.goal(1, "goal"))).contains("at least one");
        assertThat(problems.get(SuccessPlanIds.action(1, 1, "action"))).contains("Write goal 1 first");
    }
}
