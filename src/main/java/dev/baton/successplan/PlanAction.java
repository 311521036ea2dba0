package dev.baton.successplan;

import java.time.Instant;
import java.time.LocalDate;

/** An action towards goal {@code goal} of a plan: a task with an owner and a due date, done once. */
public record PlanAction(long id, long planId, int goal, int position, String action, String owner, LocalDate dueDate,
                         Instant doneAt, String doneBy) {
    public boolean done() {
        return doneAt != null;
    }
}
