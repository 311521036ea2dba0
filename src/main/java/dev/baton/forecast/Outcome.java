package dev.baton.forecast;

import dev.baton.account.Money;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A renewal's outcome, projected by the AE or processed: stored by its code. */
public enum Outcome {
    FULL_CHURN("full_churn", "Full churn"),
    PARTIAL_CHURN("partial_churn", "Partial churn"),
    FLAT("flat", "Flat"),
    INCREMENTAL("incremental", "Incremental");

    public static final List<String> CODES = Arrays.stream(values()).map(Outcome::code).toList();

    private final String code;
    private final String label;

    Outcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean churn() {
        return this == FULL_CHURN || this == PARTIAL_CHURN;
    }

    /** The churn workflow's kind for a churn outcome: {@code full} or {@code partial}. */
    String churnKind() {
        return this == FULL_CHURN ? "full" : "partial";
    }

    /** Whether the outcome contradicts the agreed rating: flat or incremental on yellow or red, a churn on green. */
    public boolean contradicts(String rating) {
        return rating != null && (churn() ? rating.equals("green") : rating.equals("yellow") || rating.equals("red"));
    }

    /**
     * What is wrong with {@code after} (the ARR the outcome leaves, null when not given) against the current ARR, or
     * null when nothing is: a partial churn leaves less (and not below 0), an incremental renewal more; a full churn
     * leaves nothing and a flat renewal the same, so either may leave it out.
     */
    String arrAfterProblem(Long after, long current) {
        String now = Money.dollars(current);
        return switch (this) {
            case PARTIAL_CHURN -> after == null ? "a partial churn needs the ARR after"
                    : after >= current ? "a partial churn leaves less than the current ARR (" + now + "): the ARR after ("
                    + Money.dollars(after) + ") must be below it" : null;
            case INCREMENTAL -> after == null ? "an incremental renewal needs the ARR after"
                    : after <= current ? "an incremental renewal grows the current ARR (" + now + "): the ARR after ("
                    + Money.dollars(after) + ") must be above it" : null;
            case FULL_CHURN -> after != null && after != 0 ? "a full churn leaves no ARR: leave the ARR after out, "
                    + "or record a partial churn" : null;
            case FLAT -> after != null && after != current ? "a flat renewal keeps the current ARR (" + now
                    + "): leave the ARR after out, or choose partial churn or incremental" : null;
        };
    }

    /** The ARR the outcome leaves: none for a full churn, the current for a flat renewal, else {@code after}. */
    long arrAfter(Long after, long current) {
        return switch (this) {
            case FULL_CHURN -> 0;
            case FLAT -> current;
            default -> after;
        };
    }

    public static Optional<Outcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }

    /** The label of a stored code, or the code itself when it is none of ours. */
    public static String labelOf(String code) {
        return of(code).map(Outcome::label).orElse(code);
    }
}
