package dev.baton.timeline;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;
import dev.baton.render.SlackLimit;

import java.util.Map;

/** Renders reminders and escalations; a step's extra blocks go under the reminder, within Slack's limits. */
public final class ReminderViews {
    private final BlockKit blockKit;

    public ReminderViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** {@code withDone}: whether the reminder offers Done for the whole step (see {@link TimelineStep#closedItemByItem}). */
    public JsonObject reminder(long stepId, Account account, StepCheck.Needed needed, int number, int cap,
                               boolean withDone) {
        JsonObject message = blockKit.renderTree("timeline/reminder.json.ftl", Map.of("stepId", stepId,
                "account", account, "headline", needed.headline(), "details", needed.details(),
                "number", number, "cap", cap, "withDone", withDone));
        JsonArray blocks = message.getAsJsonArray("blocks");
        JsonArray extra = needed.extraBlocks();
        for (int i = 0; i < extra.size() && blocks.size() < SlackLimit.MESSAGE_BLOCKS.max(); i++) {
            blocks.add(extra.get(i));
        }
        return message;
    }

    public JsonObject escalation(long stepId, Account account, StepCheck.Needed needed, int cap) {
        String recipients = String.join(", ", needed.recipients());
        return blockKit.renderTree("timeline/escalation.json.ftl", Map.of("stepId", stepId, "account", account,
                "headline", needed.headline(), "details", needed.details(), "cap", cap, "recipients", recipients));
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
