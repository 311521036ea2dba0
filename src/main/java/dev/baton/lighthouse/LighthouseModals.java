package dev.baton.lighthouse;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ModalValues;
import dev.baton.slack.SlackResponses;
import dev.baton.workflow.Change;
import dev.baton.workflow.ChangeReplies;

import java.util.Map;
import java.util.Optional;

/** The Lighthouse modals' submissions: nominate, the save plan, the sponsor, the update, the exit and the sync answer. */
final class LighthouseModals {
    private final LighthouseServices services;
    private final ChangeReplies replies;

    LighthouseModals(LighthouseServices services, ChangeReplies replies) {
        this.services = services;
        this.replies = replies;
    }

    Response nominate(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_REASON, (user, id, values) -> services.entries().nominate(user, id,
                values.trimmedText(LighthouseIds.FIELD_REASON)));
    }

    Response plan(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_PROBLEM, (user, id, values) ->
                services.plans().save(user, id, PlanForm.read(values)));
    }

    Response sponsor(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_SPONSOR, (user, id, values) ->
                services.sponsors().assign(user, id, values.user(LighthouseIds.FIELD_SPONSOR)));
    }

    Response update(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_PROGRESS, (user, id, values) -> services.updates().save(user, id,
                UpdateForm.read(values, services.updates().criteria(id))));
    }

    Response exit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_NOTE, (user, id, values) -> services.exits().propose(user, id,
                values.trimmedText(LighthouseIds.FIELD_NOTE)));
    }

    Response notYet(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_REASON, (user, id, values) -> services.exits().vote(user, id, false,
                values.trimmedText(LighthouseIds.FIELD_REASON)));
    }

    Response answer(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, LighthouseIds.FIELD_UPDATES, (user, id, values) -> services.syncs().answer(user, id,
                false, values.trimmedText(LighthouseIds.FIELD_UPDATES),
                values.trimmedText(LighthouseIds.FIELD_BLOCKERS)));
    }

    /** Runs the submission; problems go on their fields, a refusal on {@code firstField}; done refreshes the card. */
    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx, String firstField, Submission submission) {
        String user = req.getPayload().getUser().getId();
        Optional<LighthouseState> state = LighthouseState.parse(req.getPayload().getView().getPrivateMetadata());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(firstField, "This form is out of date: open it again from /lighthouse."));
        }
        Change change = submission.run(user, state.get().id(),
                new ModalValues(req.getPayload().getView().getState()));
        if (change instanceof Change.Invalid invalid) {
            return SlackResponses.viewErrors(invalid.problems());
        }
        if (change instanceof Change.Refused refused) {
            return SlackResponses.viewErrors(Map.of(firstField, refused.why()));
        }
        if (change instanceof Change.Done done && state.get().responseUrl() != null) {
            replies.showCard(state.get().responseUrl(), done.accountId(), user, done.notice());
        }
        return ctx.ack();
    }

    @FunctionalInterface
    private interface Submission {
        Change run(String user, long id, ModalValues values);
    }
}
