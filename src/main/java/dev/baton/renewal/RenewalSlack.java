package dev.baton.renewal;

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
import dev.baton.workflow.ChangeReplies;

/** The handlers of {@code /renewal} and of the buttons on its card and DMs: parse, call the service, answer. */
final class RenewalSlack {
    private final RenewalOverview overview;
    private final AssessmentService assessments;
    private final AlignmentService alignment;
    private final PlanService plans;
    private final RenewalViews views;
    private final ChangeReplies replies;

    RenewalSlack(RenewalOverview overview, AssessmentService assessments, AlignmentService alignment, PlanService plans,
                 RenewalViews views, ChangeReplies replies) {
        this.overview = overview;
        this.assessments = assessments;
        this.alignment = alignment;
        this.plans = plans;
        this.views = views;
        this.replies = replies;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        String user = req.getPayload().getUserId();
        String typed = req.getPayload().getText() == null ? "" : req.getPayload().getText().trim();
        if (typed.isEmpty()) {
            return SlackResponses.ephemeral(views.list(overview.upcoming(user), overview.today(), overview.now(),
                    overview.seesAll(user), RenewalOverview.WINDOW_DAYS));
        }
        AccountDirectory.Lookup<RenewalCard> lookup = overview.find(typed, user);
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

    Response assess(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, assessments.open(payload.getUser().getId(), value(payload), payload.getResponseUrl()));
        return ctx.ack();
    }

    Response agree(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, alignment.agree(payload.getUser().getId(), value(payload)));
        return ctx.ack();
    }

    Response change(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, alignment.openChange(payload.getUser().getId(), value(payload),
                payload.getResponseUrl()));
        return ctx.ack();
    }

    Response savePlan(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, plans.openSavePlan(payload.getUser().getId(), value(payload),
                payload.getResponseUrl()));
        return ctx.ack();
    }

    Response checkIn(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        replies.answer(ctx, payload, plans.openCheckIn(payload.getUser().getId(), value(payload),
                payload.getResponseUrl()));
        return ctx.ack();
    }

    private static long value(BlockActionPayload payload) {
        return ActionValue.parse(payload.getActions().get(0).getValue()).first();
    }
}
