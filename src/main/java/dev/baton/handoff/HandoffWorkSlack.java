package dev.baton.handoff;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.SlackResponses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The handlers of the hand-off doc and knowledge-transfer buttons and modals on the card. */
final class HandoffWorkSlack {
    static final List<String> DOC_FIELDS = List.of("goals", "success", "environment", "teams", "risks", "notes");

    private final HandoffService service;
    private final HandoffWork work;
    private final HandoffViews views;
    private final HandoffReplies replies;
    private final Clock clock;

    HandoffWorkSlack(HandoffService service, HandoffWork work, HandoffViews views, HandoffReplies replies,
                     Clock clock) {
        this.service = service;
        this.work = work;
        this.views = views;
        this.replies = replies;
        this.clock = clock;
    }

    Response docButton(BlockActionRequest req, ActionContext ctx) {
        return openFor(req, ctx, (account, metadata) ->
                views.docModal(account, work.latestFields(account.id()), version(account.id()), metadata));
    }

    Response knowledgeTransferButton(BlockActionRequest req, ActionContext ctx) {
        return openFor(req, ctx, (account, metadata) -> views.ktModal(account, work.mailEnabled(), metadata));
    }

    private int version(long accountId) {
        return service.card(accountId).map(c -> c.latestDoc() == null ? 0 : c.latestDoc().version()).orElse(0);
    }

    private Response openFor(BlockActionRequest req, ActionContext ctx, BiFunction<Account, String, String> modal) {
        BlockActionPayload payload = req.getPayload();
        long accountId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        Optional<HandoffCard> card = service.card(accountId);
        if (card.isEmpty()) {
            replies.notice(payload.getResponseUrl(), "That account no longer exists.");
        } else if (!work.mayWork(payload.getUser().getId(), card.get().account())) {
            replies.notice(payload.getResponseUrl(), "Only " + card.get().account().name()
                    + "'s account team or a leader can do this.");
        } else {
            String metadata = new HandoffState(accountId, payload.getResponseUrl()).toJson();
            replies.open(ctx.client(), payload.getTriggerId(), modal.apply(card.get().account(), metadata),
                    payload.getResponseUrl());
        }
        return ctx.ack();
    }

    Response submitDoc(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of("doc-goals", "This form is out of date: open the card again."));
        }
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        Map<String, String> typed = new HashMap<>();
        DOC_FIELDS.forEach(field -> typed.put(field, values.text("doc-" + field)));
        typed.put("ie", values.selected("doc-ie"));
        Map<String, String> fields = HandoffWork.fields(typed);
        boolean complete = "final".equals(values.selected("doc-status"));
        if (complete) {
            Map<String, String> missing = new HashMap<>();
            for (String required : List.of("goals", "success", "environment")) {
                if (!fields.containsKey(required)) {
                    missing.put("doc-" + required, "Needed before the doc is complete (save as a draft meanwhile).");
                }
            }
            if (!missing.isEmpty()) {
                return SlackResponses.viewErrors(missing);
            }
        }
        work.saveDoc(req.getPayload().getUser().getId(), state.get().accountId(), fields, complete);
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }

    Response submitKnowledgeTransfer(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        Optional<HandoffState> state = HandoffState.parse(req.getPayload().getView().getPrivateMetadata());
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        String when = values.dateTime("kt-when");
        if (state.isEmpty() || when == null) {
            return SlackResponses.viewErrors(Map.of("kt-when", "Pick the date and time."));
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(when));
        if (at.isBefore(clock.instant().minusSeconds(60))) {
            return SlackResponses.viewErrors(Map.of("kt-when", "That time has passed: pick one in the future."));
        }
        List<String> attendees = new ArrayList<>(values.users("kt-attendees"));
        String ie = values.user("kt-ie");
        if (ie != null && !attendees.contains(ie)) {
            attendees.add(ie);
        }
        if (attendees.isEmpty()) {
            return SlackResponses.viewErrors(Map.of("kt-attendees", "Pick who attends: the CE, TA and AE."));
        }
        work.scheduleKnowledgeTransfer(req.getPayload().getUser().getId(), state.get().accountId(), at, attendees);
        replies.showCard(state.get().responseUrl(), state.get().accountId());
        return ctx.ack();
    }
}
