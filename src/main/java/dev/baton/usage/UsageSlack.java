package dev.baton.usage;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.roles.RolesService;
import dev.baton.roles.RolesViews;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ResponseUrls;

import java.util.function.BiFunction;

/** Registers the buttons on usage alerts; each parses the alert id, calls the service and answers. */
public final class UsageSlack {
    private final UsageActions actions;
    private final RolesService roles;
    private final RolesViews rolesViews;
    private final UsageViews views;
    private final ResponseUrls responses;

    public UsageSlack(UsageActions actions, RolesService roles, RolesViews rolesViews, UsageViews views,
                      ResponseUrls responses) {
        this.actions = actions;
        this.roles = roles;
        this.rolesViews = rolesViews;
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

    /** The account's /roles card, visible only to whoever clicked (the hand-off card is not built yet). */
    private Response openAccount(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        String user = payload.getUser().getId();
        long alertId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        actions.accountOf(alertId).flatMap(roles::card).ifPresentOrElse(
                card -> responses.reply(payload.getResponseUrl(),
                        rolesViews.card(card, roles.mayChange(user, card.account()), 1, null, null)),
                () -> responses.reply(payload.getResponseUrl(), views.notice("That account no longer exists.")));
        return ctx.ack();
    }
}
