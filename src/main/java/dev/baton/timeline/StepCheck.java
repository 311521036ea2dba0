package dev.baton.timeline;

import com.google.gson.JsonArray;

import java.util.List;

/** What a due step found: nothing left to do, or a reminder for the people who must act. */
public sealed interface StepCheck {
    record Satisfied(String why) implements StepCheck {
    }

    /** Post once to the recipients (a channel or people), then the step is done: an announcement, not a chase. */
    record Notice(List<String> recipients, com.google.gson.JsonObject message) implements StepCheck {
    }

    /**
     * @param recipients Slack user ids to remind
     * @param headline   one line: what is missing
     * @param details    bullet lines under it
     * @param extraBlocks Block Kit blocks shown under the reminder (the /roles card, say); may be empty
     */
    record Needed(List<String> recipients, String headline, List<String> details, JsonArray extraBlocks)
            implements StepCheck {
    }
}
