package dev.baton.handoff;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.SlackResponses;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The handlers of Mark closed-won, Record license, the hand-over checklist and "I sent the welcome email". */
final class HandoffCloseSlack {
    private final HandoffService service;
    private final HandoffClose close;
    private final Handover handover;
    private final Welcome welcome;
    private final HandoffViews views;
    private final HandoffReplies replies;
    private final Clock clock;
    private final ZoneId zone;

    HandoffCloseSlack(HandoffService service, HandoffClose close, Handover handover, Welcome welcome,
                      HandoffViews views, HandoffReplies replies, Clock clock, ZoneId zone) {
        this.service = service;
        this.close = close;
        this.handover = handover;
        this.welcome = welcome;
        this.views = views;
        this.replies = replies;
        this.clock = clock;
        this.zone = zone;
    }

    Response closeButton(BlockActionRequest req, ActionContext ctx) {
        return open(req, ctx, (card, metadata) ->
                views.closeModal(card.account(), card.checklist().missingBeforeClose(), metadata));
    }

    Response licenseButton(BlockActionRequest req, ActionContext ctx) {
        return open(req, ctx, (card, metadata) -> views.licenseModal(card.account(), metadata));
    }

    Response expandButton(BlockActionRequest req, ActionContext ctx) {
        return open(req, ctx, (card, metadata) -> views.expandModal(card.account(), card.handoff(), metadata));
    }

    private Response open(BlockActionRequest req, ActionContext ctx, BiFunction<HandoffCard, String, String> modal) {
        BlockActionPayload payload = req.getPayload();
        long accountId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        Optional<HandoffCard> card = service.card(accountId);
        if (card.isEmpty() || card.get().handoff() == null && !HandoffIds.ACTION_CLOSE.equals(payload.getActions().get(0).getActionId())) {
            replies.notice(payload.getResponseUrl(), "That hand-off is not there any more.");
        } else {
            replies.open(ctx.client(), payload.getTriggerId(), modal.apply(card.get(),
                    new HandoffState(accountId, payload.getResponseUrl()).toJson()), payload.getResponseUrl());
        }
        return ctx.ack();
    }

    Response submitClose(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of("close-override", "This form is out of date."));
        }
        String reason = new ModalValues(req.getPayload().getView().getState()).text("close-override");
        CloseOutcome outcome = close.close(req.getPayload().getUser().getId(), state.get().accountId(), reason);
        if (outcome instanceof CloseOutcome.Blocked blocked) {
            return SlackResponses.viewErrors(Map.of("close-override", blocked.why() + " Missing: "
                    + String.join(", ", blocked.missing()) + "."));
        }
        if (outcome instanceof CloseOutcome.Refused refused) {
            return SlackResponses.viewErrors(Map.of("close-override", refused.why()));
        }
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }

    Response submitLicense(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        String key = values.text("license-key");
        String seatsProblem = StartForm.seatsProblem(values.text("license-seats") == null ? null
                : values.text("license-seats").trim());
        LocalDate expires = values.date("license-expires") == null ? null : StartForm.parseDate(values.date("license-expires"));
        if (state.isEmpty() || key == null || key.isBlank()) {
            return SlackResponses.viewErrors(Map.of("license-key", "Give the license key id."));
        }
        if (seatsProblem != null) {
            return SlackResponses.viewErrors(Map.of("license-seats", seatsProblem));
        }
        if (expires == null || !expires.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            return SlackResponses.viewErrors(Map.of("license-expires", "Pick an expiry date in the future."));
        }
        int seats = Integer.parseInt(values.text("license-seats").trim().replace(",", ""));
        Optional<String> refused = handover.recordLicense(req.getPayload().getUser().getId(), state.get().accountId(),
                key.trim(), seats, expires);
        if (refused.isPresent()) {
            return SlackResponses.viewErrors(Map.of("license-key", refused.get()));
        }
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }

    Response submitExpand(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        String expandAe = new ModalValues(req.getPayload().getView().getState()).user("expand-ae");
        if (state.isEmpty() || expandAe == null) {
            return SlackResponses.viewErrors(Map.of("expand-ae", "Pick the Expand AE."));
        }
        Optional<String> refused = handover.saveChecklist(req.getPayload().getUser().getId(), state.get().accountId(),
                expandAe, checked(req.getPayload().getView().getState()));
        if (refused.isPresent()) {
            return SlackResponses.viewErrors(Map.of("expand-ae", refused.get()));
        }
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }

    Response welcomeSent(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long accountId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        Optional<String> refused = welcome.markSent(payload.getUser().getId(), accountId);
        replies.notice(payload.getResponseUrl(), refused.orElse(":white_check_mark: Noted: the welcome email is sent."));
        return ctx.ack();
    }

    private static Set<String> checked(ViewState state) {
        Set<String> checked = new HashSet<>();
        if (state != null && state.getValues() != null && state.getValues().get("expand-checks") != null) {
            ViewState.Value value = state.getValues().get("expand-checks").get("expand-checks-input");
            if (value != null && value.getSelectedOptions() != null) {
                value.getSelectedOptions().forEach(o -> checked.add(o.getValue()));
            }
        }
        return checked;
    }
}
