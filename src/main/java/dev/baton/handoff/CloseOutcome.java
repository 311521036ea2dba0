package dev.baton.handoff;

import java.util.List;

/** What *Mark closed-won* came to. */
public sealed interface CloseOutcome {
    record Closed(String scenario) implements CloseOutcome {
    }

    /** Items still missing, and no leader's reason to close anyway. */
    record Blocked(List<String> missing, String why) implements CloseOutcome {
    }

    record Refused(String why) implements CloseOutcome {
    }
}
