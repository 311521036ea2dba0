package dev.baton.lighthouse;

import java.util.Map;

/** What a Lighthouse action came to: done (with a notice), a form to show, field problems, or refused with why. */
sealed interface LighthouseChange {
    record Done(String notice, long accountId) implements LighthouseChange {
    }

    /** A modal to open, rendered. */
    record Show(String view) implements LighthouseChange {
    }

    record Invalid(Map<String, String> problems) implements LighthouseChange {
    }

    record Refused(String why) implements LighthouseChange {
    }
}
