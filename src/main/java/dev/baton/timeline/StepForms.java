package dev.baton.timeline;

import dev.baton.account.Account;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each due step offers outside its reminder (App Home's Today): its forms and whether it has a Done of its
 * own. Handed to the workflows before the steps are all known, like {@link ScheduleHook}, and bound once they are.
 */
public final class StepForms {
    private volatile Map<String, TimelineStep> steps = Map.of();

    public void bind(List<TimelineStep> all) {
        steps = all.stream().collect(Collectors.toUnmodifiableMap(TimelineStep::id, Function.identity()));
    }

    /** The step's forms for the account as it is now; none for a step no workflow knows (any more). */
    public List<StepForm> of(Handle handle, String stepId, Account account) {
        TimelineStep step = steps.get(stepId);
        return step == null ? List.of() : step.forms(handle, account);
    }

    /** Whether the step is closed item by item (see {@link TimelineStep#closedItemByItem}), so offers no Done. */
    public boolean closedItemByItem(String stepId) {
        TimelineStep step = steps.get(stepId);
        return step != null && step.closedItemByItem();
    }

    /** Whether a workflow has a step of this id (a test's guard against a renamed step). */
    public boolean knows(String stepId) {
        return steps.containsKey(stepId);
    }
}
