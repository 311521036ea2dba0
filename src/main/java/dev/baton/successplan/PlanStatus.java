package dev.baton.successplan;

/** One line of {@code /successplan}: an account and whether it has the quarter's plan (its id, else null). */
public record PlanStatus(long accountId, String name, Long planId) {
    public boolean planned() {
        return planId != null;
    }
}
