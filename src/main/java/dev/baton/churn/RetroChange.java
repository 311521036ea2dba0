package dev.baton.churn;

import java.util.Map;

/** What a change to a retro came to. */
public sealed interface RetroChange {
    record Done(RetroView view, String notice) implements RetroChange {
    }

    /** Problems keyed by modal block id. */
    record Invalid(Map<String, String> problems) implements RetroChange {
    }

    /** Refused or no longer possible, with the reason to show. */
    record Refused(String why) implements RetroChange {
    }
}
