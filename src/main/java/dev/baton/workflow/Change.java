package dev.baton.workflow;

import java.util.Map;

/**
 * What a workflow's action on an account came to, for {@link ChangeReplies} to answer in Slack: done (with a notice
 * shown under the refreshed card), a form to show, field problems, or refused with why.
 */
public sealed interface Change {
    record Done(String notice, long accountId) implements Change {
    }

    /** A modal to open, rendered. */
    record Show(String view) implements Change {
    }

    record Invalid(Map<String, String> problems) implements Change {
    }

    record Refused(String why) implements Change {
    }
}
