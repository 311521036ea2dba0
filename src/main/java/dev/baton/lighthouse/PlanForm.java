package dev.baton.lighthouse;

import dev.baton.slack.ModalValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lighthouse save plan as typed: problem, goal, up to three success criteria (what must be true, the measure,
 * target, current value) and up to three steps per criterion, each with an owner and a due date. A draft keeps what is
 * there; a submission needs the problem, the goal, a criterion and a step.
 */
record PlanForm(String problem, String goal, List<CriterionDraft> criteria, boolean submit) {
    static final int MAX_CRITERIA = 3;
    static final int MAX_STEPS = 3;

    record CriterionDraft(int position, String what, String measure, String target, String current,
                          List<StepDraft> steps) {
        boolean blank() {
            return what == null && measure == null && target == null && current == null
                    && steps.stream().allMatch(StepDraft::blank);
        }
    }

    record StepDraft(int criterion, int position, String action, String owner, String due) {
        boolean blank() {
            return action == null && owner == null && due == null;
        }

        LocalDate dueOn() {
            return LocalDate.parse(due);
        }
    }

    static PlanForm read(ModalValues values) {
        List<CriterionDraft> criteria = new ArrayList<>();
        for (int c = 1; c <= MAX_CRITERIA; c++) {
            List<StepDraft> steps = new ArrayList<>();
            for (int s = 1; s <= MAX_STEPS; s++) {
                steps.add(new StepDraft(c, s, values.trimmedText(LighthouseIds.step(c, s, "action")),
                        values.trimmedText(LighthouseIds.step(c, s, "owner")),
                        values.trimmedText(LighthouseIds.step(c, s, "due"))));
            }
            criteria.add(new CriterionDraft(c, values.trimmedText(LighthouseIds.criterion(c, "what")),
                    values.trimmedText(LighthouseIds.criterion(c, "measure")),
                    values.trimmedText(LighthouseIds.criterion(c, "target")),
                    values.trimmedText(LighthouseIds.criterion(c, "current")), steps));
        }
        return new PlanForm(values.trimmedText(LighthouseIds.FIELD_PROBLEM), values.trimmedText(LighthouseIds.FIELD_GOAL),
                criteria, values.checked(LighthouseIds.FIELD_SUBMIT));
    }

    List<CriterionDraft> filled() {
        return criteria.stream().filter(c -> !c.blank()).toList();
    }

    /** Problems by block id: every step started needs its action, owner and due date; a submission needs the rest. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (CriterionDraft criterion : criteria) {
            if (!criterion.blank() && criterion.what() == null) {
                problems.put(LighthouseIds.criterion(criterion.position(), "what"), "Say what must be true.");
            }
            criterion.steps().stream().filter(s -> !s.blank()).forEach(step -> stepProblem(step, problems));
        }
        if (submit) {
            submissionProblems(problems);
        }
        return problems;
    }

    private static void stepProblem(StepDraft step, Map<String, String> problems) {
        if (step.action() == null) {
            problems.put(LighthouseIds.step(step.criterion(), step.position(), "action"), "Say what the step is.");
        } else if (step.owner() == null) {
            problems.put(LighthouseIds.step(step.criterion(), step.position(), "owner"), "Each step needs an owner.");
        } else if (step.due() == null || !parses(step.due())) {
            problems.put(LighthouseIds.step(step.criterion(), step.position(), "due"), "Each step needs a due date.");
        }
    }

    private void submissionProblems(Map<String, String> problems) {
        if (problem == null) {
            problems.putIfAbsent(LighthouseIds.FIELD_PROBLEM, "Say why the account is in the program: the problem.");
        }
        if (goal == null) {
            problems.putIfAbsent(LighthouseIds.FIELD_GOAL, "Say what result the program is after.");
        }
        if (filled().isEmpty()) {
            problems.putIfAbsent(LighthouseIds.criterion(1, "what"), "Add at least one success criterion.");
        }
        for (CriterionDraft criterion : filled()) {
            if (criterion.target() == null) {
                problems.putIfAbsent(LighthouseIds.criterion(criterion.position(), "target"), "Give the target.");
            }
            if (criterion.steps().stream().allMatch(StepDraft::blank)) {
                problems.putIfAbsent(LighthouseIds.step(criterion.position(), 1, "action"),
                        "Add at least one step for this criterion, with an owner and a due date.");
            }
        }
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
