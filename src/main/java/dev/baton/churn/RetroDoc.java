package dev.baton.churn;

import java.time.LocalDate;
import java.util.List;

/** The retro doc's sections as the TA last saved them, with the calls to action. */
public record RetroDoc(String summary, String timelineText, String whatHappened, String agreedCategory,
                       String agreedReason, String lessons, List<ActionDraft> actions) {
    /** A call to action as typed: any part may be missing in a draft. */
    public record ActionDraft(int position, String action, String owner, LocalDate dueDate) {
        public boolean blank() {
            return action == null && owner == null && dueDate == null;
        }

        public boolean complete() {
            return action != null && owner != null && dueDate != null;
        }
    }
}
