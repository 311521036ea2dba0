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

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
