package dev.baton.successplan;

/** A North Star goal of a plan, with the measure that says it was reached. */
public record Goal(long planId, int position, String goal, String measure) {
}
