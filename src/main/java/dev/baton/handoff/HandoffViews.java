package dev.baton.handoff;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.StoredText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the hand-off card, its modals and its DMs from templates/handoff/. */
public final class HandoffViews {
    private final BlockKit blockKit;
    private final Templates templates;

    public HandoffViews(BlockKit blockKit, Templates templates) {
        this.blockKit = blockKit;
        this.templates = templates;
    }

    public JsonObject card(HandoffCard card) {
        return blockKit.renderTree("handoff/card.json.ftl", Map.of("card", card));
    }

    /** The card as the answer to {@code /handoff <account>}, ready to send. */
    public String cardAnswer(HandoffCard card) {
        return blockKit.renderEphemeral("handoff/card.json.ftl", Map.of("card", card));
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
        Map<String, Object> model = new HashMap<>(Map.of("metadata", metadata, "segments",
                StoredText.spellings(Segment.class), "serviceModels", StoredText.spellings(ServiceModel.class),
                "orderTypes", StoredText.spellings(OrderType.class), "deployments", StoredText.spellings(Deployment.class)));
        if (userId != null) {
            model.put("userId", userId);
        }
        return blockKit.render("handoff/start-modal.json.ftl", model);
    }

    public String assignModal(Account account, String metadata) {
        Map<String, Object> model = new HashMap<>(Map.of("account", account, "metadata", metadata,
                "supportLevels", StoredText.spellings(TaSupportLevel.class),
                "segmentations", StoredText.spellings(TaSegmentation.class)));
        TaSegmentation suggested = account.taSegmentation() != null ? account.taSegmentation()
                : account.segment() == Segment.SMB ? TaSegmentation.DIGITAL : null;
        if (suggested != null) {
            model.put("suggestedSegmentation", suggested.stored());
        }
        return blockKit.render("handoff/assign-modal.json.ftl", model);
    }

    JsonObject taAssigned(HandoffCard card) {
        return blockKit.renderTree("handoff/ta-assigned.json.ftl", Map.of("card", card));
    }

    JsonObject taIntroduction(HandoffCard card) {
        return blockKit.renderTree("handoff/ta-introduction.json.ftl", Map.of("card", card));
    }

    public String docModal(Account account, Map<String, String> fields, int version, String metadata) {
        return blockKit.render("handoff/doc-modal.json.ftl", Map.of("account", account, "fields", fields,
                "version", version, "metadata", metadata));
    }

    JsonObject doc(Account account, HandoffDoc doc, Map<String, String> fields, List<Contact> stakeholders) {
        return blockKit.renderTree("handoff/doc.json.ftl", Map.of("account", account, "fields", fields,
                "version", doc.version(), "status", doc.status(), "savedBy", doc.savedBy(), "stakeholders", stakeholders));
    }

    public String ktModal(Account account, boolean mail, String metadata) {
        List<String> team = new java.util.ArrayList<>();
        for (String member : new String[] {account.ce(), account.ta(), account.ae()}) {
            if (member != null) {
                team.add(member);
            }
        }
        return blockKit.render("handoff/kt-modal.json.ftl", Map.of("account", account, "mail", mail, "team", team,
                "metadata", metadata));
    }

    JsonObject ktScheduled(Account account, String when, List<String> attendees, String scheduledBy, boolean mail) {
        return blockKit.renderTree("handoff/kt-scheduled.json.ftl", Map.of("account", account, "when", when,
                "attendees", attendees, "scheduledBy", scheduledBy, "mail", mail));
    }

    JsonObject foHandover(Account account) {
        return blockKit.renderTree("handoff/fo-handover.json.ftl", Map.of("account", account));
    }

    JsonObject discoveryTask(Account account) {
        return blockKit.renderTree("handoff/discovery-task.json.ftl", Map.of("account", account));
    }

    JsonObject welcomeDraft(Account account, List<String> recipients, String draft, String why) {
        return blockKit.renderTree("handoff/welcome-draft.json.ftl", Map.of("account", account,
                "recipients", recipients, "draft", draft, "why", why));
    }

    /** To the Expand AE and the people set for the team: the hand-over is under way. */
    public JsonObject expandTeamTold(Account account, String expandAe, String by) {
        return blockKit.renderTree("handoff/expand-team-told.json.ftl", Map.of("account", account,
                "expandAe", expandAe, "by", by));
    }

    JsonObject handoverDone(Account account, String by) {
        return blockKit.renderTree("handoff/handover-done.json.ftl", Map.of("account", account, "by", by));
    }

    public String closeModal(Account account, List<String> missing, String metadata) {
        return blockKit.render("handoff/close-modal.json.ftl", Map.of("account", account, "missing", missing,
                "metadata", metadata));
    }

    public String licenseModal(Account account, String metadata) {
        return blockKit.render("handoff/license-modal.json.ftl", Map.of("account", account, "metadata", metadata));
    }

    public String expandModal(Account account, Handoff handoff, String metadata) {
        return blockKit.render("handoff/expand-modal.json.ftl", Map.of("account", account, "handoff", handoff,
                "metadata", metadata));
    }

    /** An email body (HTML or text template). */
    String text(String template, Map<String, ?> model) {
        return templates.render(template, model);
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
