package dev.baton.handoff;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountMatch;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.SlackResponses;
import dev.baton.store.StoredText;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The handlers of /handoff: the start modal, the card, and the leaders' support level / segmentation / TA modal. */
final class HandoffSlack {
    private final HandoffService service;
    private final AccountDirectory accounts;
    private final HandoffViews views;
    private final HandoffReplies replies;

    HandoffSlack(HandoffService service, AccountDirectory accounts, HandoffViews views, HandoffReplies replies) {
        this.service = service;
        this.accounts = accounts;
        this.views = views;
        this.replies = replies;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        String typed = req.getPayload().getText() == null ? "" : req.getPayload().getText().trim();
        if (typed.isEmpty()) {
            String metadata = new HandoffState(0, req.getPayload().getResponseUrl()).toJson();
            replies.open(ctx.client(), req.getPayload().getTriggerId(), views.startModal(req.getPayload().getUserId(), metadata),
                    req.getPayload().getResponseUrl());
            return ctx.ack();
        }
        // the lookup and the card's reads share one database handle
        AccountDirectory.Lookup<HandoffCard> lookup = accounts.find(typed, service::cardOf);
        AccountMatch match = lookup.match();
        if (match instanceof AccountMatch.Several several) {
            return SlackResponses.ephemeral(views.notice("Several accounts match \"" + typed + "\": "
                    + several.candidates().stream().map(Account::name).collect(Collectors.joining(", "))
                    + ". Type the full name or the CRM id."));
        }
        if (match instanceof AccountMatch.None none) {
            return SlackResponses.ephemeral(views.notice("No account matches \"" + typed + "\"."
                    + (none.nearest().isEmpty() ? "" : " Did you mean: " + String.join(", ", none.nearest()) + "?")
                    + " Type /handoff alone to start a hand-off for a new account."));
        }
        return SlackResponses.json(200, views.cardAnswer(lookup.details()));
    }

    Response submitStart(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        StartForm form = StartForm.read(new ModalValues(req.getPayload().getView().getState()));
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return SlackResponses.viewErrors(problems);
        }
        long accountId = service.start(req.getPayload().getUser().getId(), form);
        HandoffState.parse(req.getPayload().getView().getPrivateMetadata())
                .ifPresent(state -> replies.showCard(state.responseUrl(), accountId));
        return ctx.ack();
    }

    Response submitAssign(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(HandoffIds.FIELD_SUPPORT_LEVEL, "This form is out of date."));
        }
        Optional<TaSupportLevel> supportLevel = StoredText.find(TaSupportLevel.class,
                values.selected(HandoffIds.FIELD_SUPPORT_LEVEL));
        Optional<TaSegmentation> segmentation = StoredText.find(TaSegmentation.class,
                values.selected(HandoffIds.FIELD_SEGMENTATION));
        if (supportLevel.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(HandoffIds.FIELD_SUPPORT_LEVEL, "Pick a support level."));
        }
        if (segmentation.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(HandoffIds.FIELD_SEGMENTATION, "Pick a segmentation."));
        }
        Optional<String> refused = service.assign(req.getPayload().getUser().getId(), state.get().accountId(),
                supportLevel.get(), segmentation.get(), values.user(HandoffIds.FIELD_TA));
        if (refused.isPresent()) {
            return SlackResponses.viewErrors(Map.of(HandoffIds.FIELD_SUPPORT_LEVEL, refused.get()));
        }
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }

    Response openButton(BlockActionRequest req, ActionContext ctx) {
        replies.showCard(req.getPayload().getResponseUrl(), accountOf(req));
        return ctx.ack();
    }

    Response assignButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (!service.isLeader(payload.getUser().getId())) {
            replies.notice(payload.getResponseUrl(), "Only leaders (BATON_LEADERS) set the support "
                    + "level and segmentation and assign the TA. Ask one of them, or share this card.");
            return ctx.ack();
        }
        service.card(accountOf(req)).ifPresent(card -> replies.open(ctx.client(), payload.getTriggerId(),
                views.assignModal(card.account(), new HandoffState(card.account().id(), payload.getResponseUrl()).toJson()),
                payload.getResponseUrl()));
        return ctx.ack();
    }

    Response shareButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        String channel = payload.getChannel() == null ? payload.getUser().getId() : payload.getChannel().getId();
        boolean shared = service.share(payload.getUser().getId(), accountOf(req), channel);
        replies.notice(payload.getResponseUrl(), shared ? "Shared in this channel."
                : "That account no longer exists.");
        return ctx.ack();
    }

    private static long accountOf(BlockActionRequest req) {
        return ActionValue.parse(req.getPayload().getActions().get(0).getValue()).first();
    }
}
