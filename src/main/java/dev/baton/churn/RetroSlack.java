package dev.baton.churn;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;
import dev.baton.slack.SlackResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** The handlers of Start retro, the retro doc modal, Mark reviewed and a call to action's Done. */
final class RetroSlack {
    private static final Logger log = LoggerFactory.getLogger(RetroSlack.class);

    private final RetroService service;
    private final ChurnViews views;
    private final ResponseUrls responses;
    private final Executor executor;

    RetroSlack(RetroService service, ChurnViews views, ResponseUrls responses, Executor executor) {
        this.service = service;
        this.views = views;
        this.responses = responses;
        this.executor = executor;
    }

    Response actionDoneButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long actionId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        RetroChange change = service.actionDone(payload.getUser().getId(), actionId);
        reply(payload, change instanceof RetroChange.Done done ? done.notice() : ((RetroChange.Refused) change).why());
        return ctx.ack();
    }

    Response startButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long churnId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        RetroChange change = service.start(payload.getUser().getId(), churnId);
        if (change instanceof RetroChange.Done done) {
            String view = views.retroModal(done.view(), service.categories());
            Modals.open(ctx.client(), payload.getTriggerId(), view)
                    .ifPresent(refusal -> reply(payload, refusal.sentence("the retro doc")));
        } else if (change instanceof RetroChange.Refused refused) {
            reply(payload, refused.why());
        }
        return ctx.ack();
    }

    Response reviewedButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        long churnId = ActionValue.parse(payload.getActions().get(0).getValue()).first();
        // rendering the final PDF can take a second on a cold start: answer Slack first, report by response_url
        executor.execute(() -> {
            try {
                RetroChange change = service.review(payload.getUser().getId(), churnId);
                reply(payload, change instanceof RetroChange.Done done ? done.notice() : ((RetroChange.Refused) change).why());
            } catch (RuntimeException e) {
                log.warn("Marking retro {} reviewed failed: {}", churnId, e.toString());
                reply(payload, "Baton could not mark the retro reviewed. Please try again.");
            }
        });
        return ctx.ack();
    }

    /** The retro doc as typed: blank fields read as null. */
    static RetroDoc retroDoc(ModalValues values) {
        List<RetroDoc.ActionDraft> actions = new ArrayList<>();
        for (int i = 1; i <= RetroDocCheck.MAX_ACTIONS; i++) {
            String due = values.trimmedText(RetroIds.action(i, "due"));
            actions.add(new RetroDoc.ActionDraft(i, values.trimmedText(RetroIds.action(i, "action")),
                    values.trimmedText(RetroIds.action(i, "owner")), due == null ? null : LocalDate.parse(due)));
        }
        return new RetroDoc(values.trimmedText(RetroIds.SUMMARY), values.trimmedText(RetroIds.TIMELINE),
                values.trimmedText(RetroIds.WHAT_HAPPENED), values.trimmedText(RetroIds.CATEGORY),
                values.trimmedText(RetroIds.REASON), values.trimmedText(RetroIds.LESSONS), actions);
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        long churnId = ActionValue.parse(req.getPayload().getView().getPrivateMetadata()).first();
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        RetroDoc doc;
        try {
            doc = retroDoc(values);
        } catch (DateTimeParseException e) {
            return SlackResponses.viewErrors(Map.of(RetroIds.SUMMARY, "A due date could not be read; pick it again."));
        }
        RetroChange change = service.save(req.getPayload().getUser().getId(), churnId, doc,
                values.checked(RetroIds.READY));
        if (change instanceof RetroChange.Invalid invalid) {
            return SlackResponses.viewErrors(invalid.problems());
        }
        if (change instanceof RetroChange.Refused refused) {
            return SlackResponses.viewErrors(Map.of(RetroIds.SUMMARY, refused.why()));
        }
        return ctx.ack();
    }

    private void reply(BlockActionPayload payload, String text) {
        if (payload.getResponseUrl() != null) {
            responses.reply(payload.getResponseUrl(), views.notice(text));
        }
    }
}
