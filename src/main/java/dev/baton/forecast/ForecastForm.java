package dev.baton.forecast;

import dev.baton.account.Money;

import java.util.LinkedHashMap;
import java.util.Map;

/** A forecast as typed in the modal: the projected outcome, the ARR it leaves, and the reason a contradiction needs. */
record ForecastForm(String outcome, String arrAfter, String reason) {
    static final String OUTCOME = "outcome";
    static final String ARR_AFTER = "arr_after";
    static final String REASON = "reason";
    static final int MAX_REASON = 2000;

    sealed interface Result {
    }

    /** {@code arrAfterCents} is null for a full churn or a flat renewal, which follow the ARR of the day. */
    record Valid(Outcome outcome, Long arrAfterCents, String reason, boolean contradicts) implements Result {
    }

    record Invalid(Map<String, String> problems) implements Result {
    }

    Result validate(RenewalCycle cycle) {
        Map<String, String> problems = new LinkedHashMap<>();
        Outcome chosen = Outcome.of(text(outcome)).orElse(null);
        if (chosen == null) {
            problems.put(OUTCOME, "choose the projected outcome: " + String.join(", ", Outcome.CODES));
            return new Invalid(problems);
        }
        Long after = null;
        if (text(arrAfter) != null) {
            try {
                after = Money.cents(ARR_AFTER, arrAfter);
            } catch (IllegalArgumentException e) {
                problems.put(ARR_AFTER, e.getMessage());
            }
        }
        String arrProblem = problems.isEmpty() ? chosen.arrAfterProblem(after, cycle.currentArrCents()) : null;
        if (arrProblem != null) {
            problems.put(ARR_AFTER, arrProblem);
        }
        boolean contradicts = chosen.contradicts(cycle.rating());
        String why = text(reason) == null ? null : text(reason).replaceAll("\\s*\\R\\s*", " ");
        if (contradicts && why == null) {
            problems.put(REASON, chosen.label() + " contradicts the agreed " + cycle.rating()
                    + " rating: say why in one line (your manager sees it)");
        } else if (why != null && why.length() > MAX_REASON) {
            problems.put(REASON, "the reason is longer than " + MAX_REASON + " characters");
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        boolean followsArr = chosen == Outcome.FULL_CHURN || chosen == Outcome.FLAT;
        return new Valid(chosen, followsArr ? null : after, why, contradicts);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
