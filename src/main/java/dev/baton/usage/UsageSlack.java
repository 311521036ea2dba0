package dev.baton.usage;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.AccountCards;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ResponseUrls;

import java.util.function.BiFunction;

/** The handlers of the buttons on usage alerts; each parses the alert id, calls the service and answers. */
final class UsageSlack {
    private final UsageActions actions;
    private final AccountCards accountCards;
    private final UsageViews views;
    private final ResponseUrls responses;

    /** {@code accountCards}: the account's card (the hand-off card: stage, team, timeline, checklist). */
    UsageSlack(UsageActions actions, AccountCards accountCards, UsageViews views, ResponseUrls responses) {
        this.actions = actions;
        this.accountCards = accountCards;
        this.views = views;
        this.responses = responses;
    }

    Response acknowledge(BlockActionRequest req, ActionContext ctx) {
        return answer(req, ctx, actions::acknowledge);
    }

    Response snooze(BlockActionRequest req, ActionContext ctx) {
        return answer(req, ctx, actions::snooze);
    }

    /** Mutes or unmutes ({@code mute}) the alert's feature or account ({@code kind}, a {@link UsageMute} kind). */
    Response mute(BlockActionRequest req, ActionContext ctx, String kind, boolean mute) {
        return answer(req, ctx, (user, id) -> actions.mute(user, id, kind, mute));
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
    Response openAccount(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long alertId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        actions.accountOf(alertId).flatMap(accountCards::card).ifPresentOrElse(
                card -> responses.reply(payload.getResponseUrl(), card),
                () -> responses.reply(payload.getResponseUrl(), views.notice("That account no longer exists.")));
        return ctx.ack();
    }
}
