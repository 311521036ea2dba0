package dev.baton.successplan;

/** One line of {@code /successplan qbr}: a plan marked For QBR, with its actions done of total. */
public record QbrPlan(long planId, long accountId, String name, String quarter, int done, int total) {
}
