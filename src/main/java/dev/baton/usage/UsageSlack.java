package dev.baton.usage;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ResponseUrls;

import com.google.gson.JsonObject;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/** Registers the buttons on usage alerts; each parses the alert id, calls the service and answers. */
public final class UsageSlack {
    private final UsageActions actions;
    private final LongFunction<Optional<JsonObject>> accountCard;
    private final UsageViews views;
    private final ResponseUrls responses;

    /** {@code accountCard} renders an account's card (the hand-off card: stage, team, timeline, checklist). */
    public UsageSlack(UsageActions actions, LongFunction<Optional<JsonObject>> accountCard, UsageViews views,
                      ResponseUrls responses) {
        this.actions = actions;
        this.accountCard = accountCard;
        this.views = views;
        this.responses = responses;
    }

    public void register(App app) {
        app.blockAction(UsageIds.ACTION_ACKNOWLEDGE, (req, ctx) -> answer(req, ctx, actions::acknowledge));
        app.blockAction(UsageIds.ACTION_SNOOZE, (req, ctx) -> answer(req, ctx, actions::snooze));
        app.blockAction(UsageIds.ACTION_MUTE_FEATURE, (req, ctx) -> answer(req, ctx,
                (user, id) -> actions.mute(user, id, UsageMute.FEATURE, true)));
        app.blockAction(UsageIds.ACTION_UNMUTE_FEATURE, (req, ctx) -> answer(req, ctx,
                (user, id) -> actions.mute(user, id, UsageMute.FEATURE, false)));
        app.blockAction(UsageIds.ACTION_MUTE_ACCOUNT, (req, ctx) -> answer(req, ctx,
                (user, id) -> actions.mute(user, id, UsageMute.ACCOUNT, true)));
        app.blockAction(UsageIds.ACTION_UNMUTE_ACCOUNT, (req, ctx) -> answer(req, ctx,
                (user, id) -> actions.mute(user, id, UsageMute.ACCOUNT, false)));
        app.blockAction(UsageIds.ACTION_OPEN_ACCOUNT, this::openAccount);
    }

    private Response answer(BlockActionRequest req, ActionContext ctx,
                            BiFunction<String, Long, UsageActions.Answer> action) {
        BlockActionPayload payload = req.getPayload();
        long alertId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        UsageActions.Answer answer = action.apply(payload.getUser().getId(), alertId);
        if (answer.replace()) {
            responses.replace(payload.getResponseUrl(), answer.message());
        } else {
            responses.reply(payload.getResponseUrl(), answer.message());
        }
        return ctx.ack();
    }

    /** The account's card, visible only to whoever clicked; its buttons work as they do under /handoff. */
    private Response openAccount(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long alertId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        actions.accountOf(alertId).flatMap(accountCard::apply).ifPresentOrElse(
                card -> responses.reply(payload.getResponseUrl(), card),
                () -> responses.reply(payload.getResponseUrl(), views.notice("That account no longer exists.")));
        return ctx.ack();
    }
}
