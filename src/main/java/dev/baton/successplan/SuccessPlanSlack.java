package dev.baton.successplan;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountMatch;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;
import dev.baton.slack.SlackResponses;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** The handlers of {@code /successplan}, its card's buttons, the reminders' Done and the plan modal. */
final class SuccessPlanSlack {
    static final int MAX_ACCOUNTS = 40;

    private final SuccessPlanService plans;
    private final PlanTasks tasks;
    private final AccountDirectory accounts;
    private final SuccessPlanViews views;
    private final ResponseUrls responses;

    SuccessPlanSlack(SuccessPlanService plans, PlanTasks tasks, AccountDirectory accounts, SuccessPlanViews views,
                     ResponseUrls responses) {
        this.plans = plans;
        this.tasks = tasks;
        this.accounts = accounts;
        this.views = views;
        this.responses = responses;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        String user = req.getPayload().getUserId();
        String typed = req.getPayload().getText() == null ? "" : req.getPayload().getText().trim();
        if (typed.isEmpty()) {
            boolean leader = plans.isLeader(user);
            return SlackResponses.ephemeral(views.overview(plans.statuses(user, leader, MAX_ACCOUNTS),
                    plans.thisQuarter(), leader));
        }
        if (typed.equalsIgnoreCase("qbr")) {
            return SlackResponses.ephemeral(views.qbr(plans.forQbr(), plans.thisQuarter()));
        }
        AccountDirectory.Lookup<PlanCard> lookup = accounts.find(typed, (handle, found) -> plans.card(handle, found, user));
        AccountMatch match = lookup.match();
        if (match instanceof AccountMatch.Several several) {
            return SlackResponses.ephemeral(views.choices(typed, several.candidates()));
        }
        if (match instanceof AccountMatch.None none) {
            return SlackResponses.ephemeral(views.notFound(none.query(), none.nearest()));
        }
        return SlackResponses.ephemeral(views.card(lookup.details()));
    }

    Response openAccount(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long accountId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        Optional<PlanCard> card = plans.card(accountId, payload.getUser().getId());
        responses.replace(payload.getResponseUrl(), card.map(views::card)
                .orElseGet(() -> views.notice("That account no longer exists.")));
        return ctx.ack();
    }

    Response editButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long accountId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        Optional<PlanForm> form = plans.form(accountId, payload.getUser().getId());
        if (form.isEmpty()) {
            reply(payload, "Only the account's team or a leader can write its success plan.");
            return ctx.ack();
        }
        Modals.open(ctx.client(), payload.getTriggerId(), views.modal(form.get()))
                .ifPresent(refusal -> reply(payload, refusal.sentence("the plan")));
        return ctx.ack();
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ActionValue metadata = ActionValue.parse(req.getPayload().getView().getPrivateMetadata());
        PlanDraft draft;
        try {
            draft = PlanDraftReader.read(new ModalValues(req.getPayload().getView().getState()));
        } catch (DateTimeParseException e) {
            return SlackResponses.viewErrors(Map.of(SuccessPlanIds.goal(1, "goal"), "A due date could not be read; pick it again."));
        }
        PlanChange change = plans.save(req.getPayload().getUser().getId(), metadata.first(),
                PlanSlots.fromCode(metadata.second()), draft);
        if (change instanceof PlanChange.Invalid invalid) {
            return SlackResponses.viewErrors(invalid.problems());
        }
        if (change instanceof PlanChange.Refused refused) {
            return SlackResponses.viewErrors(Map.of(SuccessPlanIds.goal(1, "goal"), refused.why()));
        }
        return ctx.ack();
    }

    Response actionDone(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long actionId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        answer(payload, tasks.actionDone(payload.getUser().getId(), actionId), false);
        return ctx.ack();
    }

    Response forQbr(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long planId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        answer(payload, tasks.markForQbr(payload.getUser().getId(), planId), true);
        return ctx.ack();
    }

    Response tagChampion(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        ActionValue value = ActionValue.parse(payload.getActions().get(0).getValue());
        answer(payload, tasks.tagChampion(payload.getUser().getId(), value.first(), value.second()), true);
        return ctx.ack();
    }

    /** A refusal or the notice as a reply; a change made from the card also shows the card again, changed. */
    private void answer(BlockActionPayload payload, PlanChange change, boolean fromCard) {
        if (change instanceof PlanChange.Done done && fromCard && payload.getResponseUrl() != null) {
            JsonObject card = views.card(done.card());
            responses.replace(payload.getResponseUrl(), card);
        }
        reply(payload, change instanceof PlanChange.Done done ? done.notice() : ((PlanChange.Refused) change).why());
    }

    private void reply(BlockActionPayload payload, String text) {
        if (payload.getResponseUrl() != null) {
            responses.reply(payload.getResponseUrl(), views.notice(text));
        }
    }
}
