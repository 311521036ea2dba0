package dev.baton.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The save plan a yellow renewal requires: the problem, the goal and the steps, each with an owner and a due date. */
public record SavePlan(long cycleId, String problem, String goal, String writtenBy, Instant writtenAt, Instant updatedAt,
                       List<Step> steps) {
    public record Step(long id, long cycleId, int position, String action, String owner, LocalDate dueOn,
                       Instant doneAt) {
    }

    /** The plan's row without its steps, as the DAO reads it. */
    public record Row(long cycleId, String problem, String goal, String writtenBy, Instant writtenAt, Instant updatedAt) {
        SavePlan with(List<Step> steps) {
            return new SavePlan(cycleId, problem, goal, writtenBy, writtenAt, updatedAt, steps);
        }
    }
}
