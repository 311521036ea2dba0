package dev.baton.churn;

import java.time.Instant;
import java.time.LocalDate;

/** One call to action from a retro, with its owner and due date. */
public record CallToAction(long id, long churnId, int position, String action, String owner, LocalDate dueDate,
                           Instant doneAt, String doneBy) {
    public boolean done() {
        return doneAt != null;
    }
}
