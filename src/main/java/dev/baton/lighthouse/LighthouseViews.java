package dev.baton.lighthouse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;

import java.util.List;
import java.util.Map;

/** Renders the Lighthouse card and list, its modals, DMs and the sync's agenda from templates/lighthouse/. */
final class LighthouseViews {
    private final BlockKit blockKit;

    LighthouseViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    JsonArray button(String action, String label, long value) {
        return blockKit.renderTree("lighthouse/button.json.ftl", Map.of("action", action, "label", label,
                "value", value)).getAsJsonArray("blocks");
    }

    JsonArray stepButtons(List<LighthouseRows.PlanStep> steps) {
        return blockKit.renderTree("lighthouse/step-buttons.json.ftl", Map.of("steps", steps)).getAsJsonArray("blocks");
    }

    JsonObject card(Map<String, ?> card) {
        return blockKit.renderTree("lighthouse/card.json.ftl", Map.of("card", card));
    }

    /** The card as the answer to {@code /lighthouse <account>}, ready to send. */
    String cardAnswer(Map<String, ?> card) {
        return blockKit.renderEphemeral("lighthouse/card.json.ftl", Map.of("card", card));
    }

    JsonObject list(List<Map<String, Object>> rows, String nextSync) {
        return blockKit.renderTree("lighthouse/list.json.ftl", Map.of("rows", rows, "nextSync", nextSync));
    }

    JsonObject notFound(String query, List<String> nearest) {
        return blockKit.renderTree("lighthouse/not-found.json.ftl", Map.of("query", query, "nearest", nearest));
    }

    JsonObject choices(String query, List<Account> accounts) {
        return blockKit.renderTree("lighthouse/choices.json.ftl", Map.of("query", query, "accounts", accounts));
    }

    String modal(String template, Map<String, ?> model) {
        return blockKit.render("lighthouse/" + template, model);
    }

    JsonObject message(String template, Map<String, ?> model) {
        return blockKit.renderTree("lighthouse/" + template, model);
    }
}
