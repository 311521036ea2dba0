package dev.baton.renewal;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ModalValues;
import dev.baton.slack.SlackResponses;
import dev.baton.workflow.Change;
import dev.baton.workflow.ChangeReplies;

import java.util.Map;
import java.util.Optional;

/** The renewal modals' submissions: the assessment, the changed rating, the save plan and the check-in. */
final class RenewalModals {
    private final AssessmentService assessments;
    private final AlignmentService alignment;
    private final PlanService plans;
    private final ChangeReplies replies;

    RenewalModals(AssessmentService assessments, AlignmentService alignment, PlanService plans, ChangeReplies replies) {
        this.assessments = assessments;
        this.alignment = alignment;
        this.plans = plans;
        this.replies = replies;
    }

    Response assessment(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, RenewalIds.FIELD_SUMMARY, (user, cycleId, values) ->
                assessments.save(user, cycleId, AssessmentForm.read(values)));
    }

    Response change(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, RenewalIds.FIELD_CHANGE_REASON, (user, cycleId, values) -> alignment.changeRating(user,
                cycleId, values.selected(RenewalIds.FIELD_NEW_RATING),
                values.trimmedText(RenewalIds.FIELD_CHANGE_REASON)));
    }

    Response savePlan(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, RenewalIds.FIELD_PROBLEM, (user, cycleId, values) ->
                plans.saveSavePlan(user, cycleId, SavePlanForm.read(values)));
    }

    Response checkIn(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return submit(req, ctx, RenewalIds.FIELD_PROGRESS, (user, cycleId, values) -> plans.checkIn(user, cycleId,
                values.trimmedText(RenewalIds.FIELD_PROGRESS),
                values.trimmedText(RenewalIds.FIELD_CORRECTIVE), values.selected(RenewalIds.FIELD_TREND)));
    }

    /** Runs the submission; problems go on their fields, a refusal on {@code firstField}; done refreshes the card. */
    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx, String firstField, Submission submission) {
        String user = req.getPayload().getUser().getId();
        Optional<RenewalState> state = RenewalState.parse(req.getPayload().getView().getPrivateMetadata());
        if (state.isEmpty()) {
            return SlackResponses.viewErrors(Map.of(firstField, "This form is out of date: open it again from /renewal."));
        }
        Change change = submission.run(user, state.get().cycleId(),
                new ModalValues(req.getPayload().getView().getState()));
        if (change instanceof Change.Invalid invalid) {
            return SlackResponses.viewErrors(invalid.problems());
        }
        if (change instanceof Change.Refused refused) {
            return SlackResponses.viewErrors(Map.of(firstField, refused.why()));
        }
        if (change instanceof Change.Done done && state.get().responseUrl() != null) {
            replies.showCard(state.get().responseUrl(), done.accountId(), user, null);
        }
        return ctx.ack();
    }

    @FunctionalInterface
    private interface Submission {
        Change run(String user, long cycleId, ModalValues values);
    }
}
