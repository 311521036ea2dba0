package dev.baton.renewal;

import java.util.Map;

/** What a renewal action came to: done (with a notice), a form to show, field problems, or refused with why. */
sealed interface RenewalChange {
    record Done(String notice, long accountId) implements RenewalChange {
    }

    /** A modal to open, rendered. */
    record Show(String view) implements RenewalChange {
    }

    record Invalid(Map<String, String> problems) implements RenewalChange {
    }

    record Refused(String why) implements RenewalChange {
    }
}
