package dev.baton.successplan;

/** An ask from the business: a dependency on another team, how it puts the goals at risk, the plan, the help needed. */
public record BusinessAsk(long planId, int position, String dependency, String risk, String resolution, String help) {
}
