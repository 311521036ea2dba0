package dev.baton.successplan;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;
import dev.baton.timeline.StepCheck;

import java.util.List;
import java.util.Map;

/** Turns the success-plan workflow's data into Block Kit through the templates under {@code templates/successplan/}. */
public final class SuccessPlanViews {
    /** At most this many actions with Done buttons under a reminder. */
    static final int MAX_BUTTONS = 20;

    private final BlockKit blockKit;

    public SuccessPlanViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    public JsonObject card(PlanCard card) {
        return blockKit.renderTree("successplan/card.json.ftl", model("account", card.account(),
                "quarter", card.quarter(), "current", card.current(), "previous", card.previous(),
                "mayEdit", card.mayEdit(), "leader", card.leader()));
    }

    public JsonObject overview(List<PlanStatus> statuses, Quarter quarter, boolean leader) {
        return blockKit.renderTree("successplan/overview.json.ftl", Map.of("statuses", statuses, "quarter", quarter,
                "leader", leader));
    }

    public JsonObject qbr(List<QbrPlan> plans, Quarter quarter) {
        return blockKit.renderTree("successplan/qbr.json.ftl", Map.of("plans", plans, "quarter", quarter));
    }

    /** The plan modal, its slots filled from the form's source plan. */
    public String modal(PlanForm form) {
        Map<String, Object> model = new java.util.HashMap<>(PlanSlots.of(form));
        model.put("account", form.account());
        model.put("quarter", form.quarter());
        model.put("prefilled", form.prefilled());
        model.put("metadata", form.account().id() + ":" + PlanSlots.code(form.quarter()));
        return blockKit.render("successplan/plan-modal.json.ftl", model);
    }

    /** One section per action with its Done button, for a reminder's extra blocks. */
    public JsonArray actionButtons(List<PlanAction> actions) {
        return blockKit.renderTree("successplan/action-buttons.json.ftl",
                Map.of("actions", actions.subList(0, Math.min(MAX_BUTTONS, actions.size())))).getAsJsonArray("blocks");
    }

    /** The quarterly ask's extra blocks: the button that opens the form. */
    public JsonArray askBlocks(Account account) {
        return blockKit.renderTree("successplan/ask-buttons.json.ftl", Map.of("account", account)).getAsJsonArray("blocks");
    }

    /** The quarterly ask's headline and details, for the timeline's reminder. */
    public StepCheck.Needed askReminder(Account account, Quarter quarter) {
        JsonObject text = blockKit.renderTree("successplan/reminder-text.json.ftl", Map.of("quarter", quarter));
        return needed(List.of(account.ta()), text, askBlocks(account));
    }

    /** The due actions' reminder: to their owners, with a Done per action. */
    public StepCheck.Needed actionsReminder(List<PlanAction> due) {
        JsonObject text = blockKit.renderTree("successplan/reminder-text.json.ftl", Map.of("actionsDue", due.size()));
        return needed(due.stream().map(PlanAction::owner).distinct().toList(), text, actionButtons(due));
    }

    private static StepCheck.Needed needed(List<String> recipients, JsonObject text, JsonArray blocks) {
        List<String> details = new java.util.ArrayList<>();
        text.getAsJsonArray("details").forEach(line -> details.add(line.getAsString()));
        return new StepCheck.Needed(recipients, text.get("headline").getAsString(), details, blocks);
    }

    public JsonObject midQuarter(Account account, Quarter quarter, PlanView plan) {
        return blockKit.renderTree("successplan/mid-quarter.json.ftl", model("account", account, "quarter", quarter,
                "plan", plan));
    }

    public JsonObject notFound(String query, List<String> nearest) {
        return blockKit.renderTree("successplan/not-found.json.ftl", Map.of("query", query, "nearest", nearest));
    }

    public JsonObject choices(String query, List<Account> accounts) {
        return blockKit.renderTree("successplan/choices.json.ftl", Map.of("query", query, "accounts", accounts));
    }

    public JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }

    /** A template model from key, value pairs; a null value is left out, so the template's {@code ??} sees it. */
    private static Map<String, Object> model(Object... pairs) {
        Map<String, Object> model = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                model.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return model;
    }
}
