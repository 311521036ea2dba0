package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.WorkingHours;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A hand-off step due some days before the expected close date, reminding the leaders (or the AE when none). */
abstract class BeforeCloseStep implements TimelineStep {
    private final int daysBefore;
    private final Set<String> leaders;

    BeforeCloseStep(int daysBefore, Set<String> leaders) {
        this.daysBefore = daysBefore;
        this.leaders = leaders;
    }

    @Override
    public Optional<Instant> dueAt(Account account, ZoneId zone) {
        if (account.expectedCloseDate() == null || account.closedWonDate() != null) {
            return Optional.empty();
        }
        return Optional.of(WorkingHours.morningOf(account.expectedCloseDate().minusDays(daysBefore), zone));
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        List<String> missing = missing(account);
        if (missing.isEmpty()) {
            return new StepCheck.Satisfied(String.join(", ", done()));
        }
        List<String> details = new ArrayList<>(missing);
        details.add("Expected close " + account.expectedCloseDate() + " (" + daysBefore + " days before: now)"
                + (account.segment() != null ? " · " + account.segment() : "")
                + (account.serviceModel() != null ? " · " + account.serviceModel() : ""));
        List<String> recipients = !leaders.isEmpty() ? List.copyOf(leaders)
                : account.ae() != null ? List.of(account.ae()) : List.of();
        return new StepCheck.Needed(recipients, headline(), details, new com.google.gson.JsonArray());
    }

    /** The hand-off card's modal for the support level, segmentation and TA (leaders only, as on the card). */
    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(new StepForm(HandoffIds.ACTION_ASSIGN, formLabel(), account.id()));
    }

    abstract String formLabel();

    /** What is still to do, one line each; empty when the step is satisfied. */
    abstract List<String> missing(Account account);

    abstract List<String> done();

    abstract String headline();
}
