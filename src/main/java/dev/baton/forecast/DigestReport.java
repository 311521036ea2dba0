package dev.baton.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A week's digest as its template shows it: the figures per quarter and in all, what changed since last week
 * (null when there was no digest last week to compare with), and the renewals missing a step, each list capped.
 */
public record DigestReport(LocalDate week, DigestWindow window, List<QuarterFigures> quarters, QuarterFigures total,
                           List<Group<DigestChange>> changes, List<Group<DigestGap>> gaps) {
    /** The kinds of change, in the order the digest lists them. */
    static final List<String> CHANGE_KINDS = List.of("new", "rating", "outcome", "dropped");
    static final List<String> GAP_KINDS = List.of("no_assessment", "no_rating", "no_forecast");

    /** One kind's first rows and how many there are in all. */
    public record Group<T>(String kind, int total, List<T> rows) {
        public int more() {
            return total - rows.size();
        }
    }

    public boolean empty() {
        return quarters.isEmpty();
    }

    public boolean compared() {
        return changes != null;
    }
}
