package dev.baton.forecast;

import java.time.LocalDate;

/**
 * One change since last week's digest: {@code new}, {@code rating} or {@code outcome} (from {@code was} to
 * {@code nowIs}), or {@code dropped} (its last outcome, and its cycle's status now); {@code ofKind} counts them all.
 */
public record DigestChange(String kind, long cycleId, String name, LocalDate renewalDate, String was, String nowIs,
                           int ofKind) {
    public String wasOutcome() {
        return was == null ? "none" : Outcome.labelOf(was);
    }

    public String nowOutcome() {
        return nowIs == null ? "none" : Outcome.labelOf(nowIs);
    }
}
