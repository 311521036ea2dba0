package dev.baton.successplan;

import java.util.Map;

/** What a change to a plan came to: done (with the card to show again), refused, or invalid on its fields. */
public sealed interface PlanChange {
    record Done(PlanCard card, String notice) implements PlanChange {
    }

    record Refused(String why) implements PlanChange {
    }

    record Invalid(Map<String, String> problems) implements PlanChange {
    }
}
