package dev.baton.handoff;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountPatch;
import dev.baton.render.BlockKit;

import java.util.HashMap;
import java.util.Map;

/** Renders the hand-off card, its modals and its DMs from templates/handoff/. */
public final class HandoffViews {
    private final BlockKit blockKit;

    public HandoffViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    public JsonObject card(HandoffCard card) {
        return blockKit.renderTree("handoff/card.json.ftl", Map.of("card", card));
    }

    /** The card as shared into a channel: the same facts, no buttons. */
    public JsonObject sharedCard(HandoffCard card) {
        JsonObject message = card(card);
        JsonArray kept = new JsonArray();
        for (var block : message.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject().deepCopy();
            b.remove("accessory");
            if (!"actions".equals(b.get("type").getAsString())) {
                kept.add(b);
            }
        }
        message.add("blocks", kept);
        return message;
    }

    public String startModal(String userId, String metadata) {
        Map<String, Object> model = new HashMap<>(Map.of("metadata", metadata, "segments", AccountPatch.SEGMENTS,
                "serviceModels", AccountPatch.SERVICE_MODELS, "orderTypes", AccountPatch.ORDER_TYPES,
                "deployments", AccountPatch.DEPLOYMENTS));
        if (userId != null) {
            model.put("userId", userId);
        }
        return blockKit.render("handoff/start-modal.json.ftl", model);
    }

    public String assignModal(Account account, String metadata) {
        Map<String, Object> model = new HashMap<>(Map.of("account", account, "metadata", metadata,
                "supportLevels", HandoffIds.SUPPORT_LEVELS, "segmentations", HandoffIds.SEGMENTATIONS));
        String suggested = account.taSegmentation() != null ? account.taSegmentation()
                : "SMB".equals(account.segment()) ? "Digital" : null;
        if (suggested != null) {
            model.put("suggestedSegmentation", suggested);
        }
        return blockKit.render("handoff/assign-modal.json.ftl", model);
    }

    JsonObject taAssigned(HandoffCard card) {
        return blockKit.renderTree("handoff/ta-assigned.json.ftl", Map.of("card", card));
    }

    JsonObject taIntroduction(HandoffCard card) {
        return blockKit.renderTree("handoff/ta-introduction.json.ftl", Map.of("card", card));
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
