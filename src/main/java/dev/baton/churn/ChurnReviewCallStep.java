package dev.baton.churn;

import com.google.gson.JsonArray;
import dev.baton.account.Account;
import dev.baton.timeline.ArmedStep;
import dev.baton.timeline.StepCheck;
import org.jdbi.v3.core.Handle;

import java.util.List;

/** Armed when a retro doc is ready: the TA is reminded to book the review call until the sponsor marks it reviewed. */
final class ChurnReviewCallStep implements ArmedStep {
    public static final String ID = "churn-review-call";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        List<Retro> waiting = handle.attach(ChurnDao.class).retrosInReview(account.id());
        if (waiting.isEmpty()) {
            return new StepCheck.Satisfied("the sponsor marked the churn retro reviewed");
        }
        List<String> recipients = waiting.stream().map(r -> r.ta() != null ? r.ta() : r.sponsor()).distinct().toList();
        return new StepCheck.Needed(recipients, "book the churn retro review call with the AE and the sponsor",
                List.of("The retro doc is ready; the sponsor marks it reviewed after the call.",
                        "Press Done once the call is booked."), new JsonArray());
    }
}
