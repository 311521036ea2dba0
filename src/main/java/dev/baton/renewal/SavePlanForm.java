package dev.baton.renewal;

import dev.baton.slack.ModalValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The save plan modal as typed: problem, goal and up to five steps; every step needs an owner and a due date. */
record SavePlanForm(String problem, String goal, List<StepDraft> steps) {
    static final int MAX_STEPS = 5;

    record StepDraft(int position, String action, String owner, String due) {
        boolean blank() {
            return action == null && owner == null && due == null;
        }

        LocalDate dueOn() {
            return LocalDate.parse(due);
        }
    }

    static SavePlanForm read(ModalValues values) {
        List<StepDraft> steps = new ArrayList<>();
        for (int i = 1; i <= MAX_STEPS; i++) {
            steps.add(new StepDraft(i, values.trimmedText(RenewalIds.planStep(i, "action")),
                    values.trimmedText(RenewalIds.planStep(i, "owner")),
                    values.trimmedText(RenewalIds.planStep(i, "due"))));
        }
        return new SavePlanForm(values.trimmedText(RenewalIds.FIELD_PROBLEM),
                values.trimmedText(RenewalIds.FIELD_GOAL), steps);
    }

    /** Problems by block id: the problem, the goal, at least one step, and each step's action, owner and due date. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (problem == null) {
            problems.put(RenewalIds.FIELD_PROBLEM, "Say what the problem is.");
        }
        if (goal == null) {
            problems.put(RenewalIds.FIELD_GOAL, "Say what the goal is.");
        }
        for (StepDraft step : steps) {
            if (step.blank()) {
                continue;
            }
            if (step.action() == null) {
                problems.put(RenewalIds.planStep(step.position(), "action"), "Say what the step is.");
            } else if (step.owner() == null) {
                problems.put(RenewalIds.planStep(step.position(), "owner"), "Each step needs an owner.");
            } else if (step.due() == null || !parses(step.due())) {
                problems.put(RenewalIds.planStep(step.position(), "due"), "Each step needs a due date.");
            }
        }
        if (steps.stream().allMatch(StepDraft::blank)) {
            problems.put(RenewalIds.planStep(1, "action"), "Add at least one step, with an owner and a due date.");
        }
        return problems;
    }

    private static boolean parses(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
