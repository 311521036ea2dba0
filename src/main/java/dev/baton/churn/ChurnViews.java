package dev.baton.churn;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the churn workflow's data into Block Kit through the templates under {@code templates/churn/}. */
public final class ChurnViews {
    private final BlockKit blockKit;

    public ChurnViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    /** The record-churn modal, for {@code account} when known (from its card), else with an account field. */
    public String recordModal(Account account, List<String> categories, Optional<String> sponsor, String metadata) {
        Map<String, Object> model = new HashMap<>();
        model.put("categories", categories);
        model.put("metadata", metadata);
        sponsor.ifPresent(s -> model.put("sponsor", s));
        if (account != null) {
            model.put("account", account);
        }
        return blockKit.render("churn/record-modal.json.ftl", model);
    }

    public JsonObject recorded(ChurnRecorded.Done done) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", done.account());
        model.put("churn", done.churn());
        model.put("whyNoRetro", done.whyNoRetro());
        if (done.retro() != null) {
            model.put("retro", done.retro());
        }
        return blockKit.renderTree("churn/recorded.json.ftl", model);
    }

    public JsonObject kickoffDm(Account account, Churn churn, Retro retro) {
        return blockKit.renderTree("churn/kickoff-dm.json.ftl", Map.of("account", account, "churn", churn, "retro", retro));
    }

    public JsonObject retroPost(Account account, Churn churn, Retro retro, List<CallToAction> actions) {
        return blockKit.renderTree("churn/retro-post.json.ftl", Map.of("account", account, "churn", churn,
                "retro", retro, "actions", actions));
    }

    /** The retro doc modal, filled with what was saved; five call-to-action slots. */
    public String retroModal(RetroView view, List<String> categories) {
        List<RetroDoc.ActionDraft> slots = new java.util.ArrayList<>();
        for (int i = 1; i <= RetroDocCheck.MAX_ACTIONS; i++) {
            int position = i;
            slots.add(view.actions().stream().filter(a -> a.position() == position).findFirst()
                    .map(a -> new RetroDoc.ActionDraft(position, a.action(), a.owner(), a.dueDate()))
                    .orElse(new RetroDoc.ActionDraft(position, null, null, null)));
        }
        String category = view.retro().agreedCategory() != null ? view.retro().agreedCategory() : view.churn().category();
        Map<String, Object> model = new HashMap<>();
        model.put("account", view.account());
        model.put("churn", view.churn());
        model.put("retro", view.retro());
        model.put("categories", categories);
        model.put("category", categories.contains(category) ? category : "");
        model.put("slots", slots);
        model.put("ready", view.retro().status() == RetroStatus.REVIEW);
        return blockKit.render("churn/retro-modal.json.ftl", model);
    }

    /** The DM when the doc is ready: the sponsor's has Mark reviewed, the TA's asks to book the review call. */
    public JsonObject reviewDm(RetroView view, boolean sponsor) {
        return blockKit.renderTree("churn/review-dm.json.ftl", Map.of("account", view.account(), "churn", view.churn(),
                "retro", view.retro(), "sponsor", sponsor));
    }

    /** The mrkdwn comment posted with the final PDF. */
    public String finalComment(RetroView view) {
        return blockKit.renderTree("churn/final-comment.json.ftl", Map.of("account", view.account(),
                "churn", view.churn(), "retro", view.retro(), "actions", view.actions())).get("text").getAsString();
    }

    /** One section per call to action with its Done button (at most 20, under a reminder's own blocks). */
    public com.google.gson.JsonArray actionButtons(List<CallToAction> actions) {
        return blockKit.renderTree("churn/action-buttons.json.ftl",
                Map.of("actions", actions.subList(0, Math.min(20, actions.size())))).getAsJsonArray("blocks");
    }

    public JsonObject allActionsDone(RetroView view) {
        return blockKit.renderTree("churn/actions-done.json.ftl", Map.of("account", view.account(),
                "actions", view.actions()));
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
