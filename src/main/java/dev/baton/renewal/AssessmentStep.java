package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.WorkingHours;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Due 120 days before the renewal date (recomputed when the CRM moves it, and again for each new date): the assessor
 * and the AE are asked to start the health assessment until it is submitted for review.
 */
final class AssessmentStep implements TimelineStep {
    static final String ID = "renewal-assessment";
    static final int DAYS_BEFORE = 120;

    private final Set<String> leaders;
    private final RenewalViews views;
    private final Clock clock;

    AssessmentStep(Set<String> leaders, RenewalViews views, Clock clock) {
        this.leaders = leaders;
        this.views = views;
        this.clock = clock;
    }

    static LocalDate dueDate(LocalDate renewalDate) {
        return renewalDate.minusDays(DAYS_BEFORE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean recurs() {
        return true;
    }

    @Override
    public Optional<Instant> dueAt(Account account, ZoneId zone) {
        return Optional.ofNullable(account.renewalDate()).map(date -> WorkingHours.morningOf(dueDate(date), zone));
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        Optional<Cycle> cycle = Cycles.current(handle, account, clock.instant());
        if (cycle.isEmpty()) {
            return new StepCheck.Satisfied("no renewal date");
        }
        if (!cycle.get().open()) {
            return new StepCheck.Satisfied("the renewal was processed");
        }
        Optional<Assessment> assessment = handle.attach(RenewalDao.class).assessment(cycle.get().id());
        if (assessment.map(Assessment::done).orElse(false)) {
            return new StepCheck.Satisfied("the assessment was submitted for review");
        }
        boolean returned = assessment.map(a -> Assessment.RETURNED.equals(a.status())).orElse(false);
        return new StepCheck.Needed(Cycles.people(leaders, Cycles.assessor(account), account.ae()),
                returned ? "revise the renewal assessment and submit it for review again"
                        : "start the renewal health assessment with the AE",
                List.of("Renews " + account.renewalDate() + " (assessment due " + dueDate(account.renewalDate()) + ")",
                        assessment.isPresent() ? "A draft is saved: finish it and submit it for review."
                                : "Baton prefills what it knows: seats, first uses, roles, alerts, churn."),
                views.stepButton(form(account)));
    }

    /** The assessment modal, prefilled with the health score (the same button as the reminder's). */
    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(form(account));
    }

    private static StepForm form(Account account) {
        return new StepForm(RenewalIds.ACTION_ASSESS, "Start assessment", account.id());
    }
}
