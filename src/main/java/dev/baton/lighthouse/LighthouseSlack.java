package dev.baton.lighthouse;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountMatch;
import dev.baton.slack.ActionValue;
import dev.baton.slack.SlackResponses;
import dev.baton.workflow.Change;
import dev.baton.workflow.ChangeReplies;

import java.util.Map;

/** The handlers of {@code /lighthouse} and of the buttons on its card and DMs: parse, call the service, answer. */
final class LighthouseSlack {
    private final LighthouseOverview overview;
    private final LighthouseViews views;
    private final ChangeReplies replies;

    LighthouseSlack(LighthouseOverview overview, LighthouseViews views, ChangeReplies replies) {
        this.overview = overview;
        this.views = views;
        this.replies = replies;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        String user = req.getPayload().getUserId();
        String typed = req.getPayload().getText() == null ? "" : req.getPayload().getText().trim();
        if (typed.isEmpty()) {
            return SlackResponses.ephemeral(views.list(overview.list(user), overview.nextSync()));
        }
        AccountDirectory.Lookup<Map<String, Object>> lookup = overview.find(typed, user);
        AccountMatch match = lookup.match();
        if (match instanceof AccountMatch.Several several) {
            return SlackResponses.ephemeral(views.choices(typed, several.candidates()));
        }
        if (match instanceof AccountMatch.None none) {
            return SlackResponses.ephemeral(views.notFound(none.query(), none.nearest()));
        }
        return SlackResponses.json(200, views.cardAnswer(lookup.details()));
    }

    Response openCard(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.showCard(payload.getResponseUrl(), value(payload), payload.getUser().getId(), null);
        return ctx.ack();
    }

    /** A button whose value is an id (account, step, proposal, program) and whose service answers a change. */
    Response button(BlockActionRequest req, ActionContext ctx, ButtonWork work) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, work.run(payload.getUser().getId(), value(payload), payload.getResponseUrl()));
        return ctx.ack();
    }

    private static long value(BlockActionPayload payload) {
        return ActionValue.parse(payload.getActions().get(0).getValue()).first();
    }

    @FunctionalInterface
    interface ButtonWork {
        Change run(String user, long id, String responseUrl);
    }
}
