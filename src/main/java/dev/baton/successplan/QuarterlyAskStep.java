package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.config.SuccessPlanScope;
import dev.baton.store.StoredText;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import dev.baton.timeline.TimelineStep;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * On each quarter's first working day the TA of every account in scope is asked for the quarter's plan, and
 * reminded until it is written; once closed, the step falls due again at the next quarter's start.
 */
final class QuarterlyAskStep implements TimelineStep {
    static final String ID = "successplan-quarterly-ask";

    private final SuccessPlanViews views;
    private final SuccessPlanScope scope;
    private final Clock clock;
    private final ZoneId zone;

    QuarterlyAskStep(SuccessPlanViews views, SuccessPlanScope scope, Clock clock, ZoneId zone) {
        this.views = views;
        this.scope = scope;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    static boolean inScope(SuccessPlanScope scope, Account account) {
        return account.ta() != null && !account.ta().isBlank() && scope.includes(
                StoredText.storedOrNull(account.segment()), StoredText.storedOrNull(account.serviceModel()));
    }

    @Override
    public Optional<Instant> dueAt(Account account, ZoneId ignored) {
        return inScope(scope, account) ? Optional.of(Quarter.nextStart(clock.instant(), zone)) : Optional.empty();
    }

    /** The plan is closed by writing it, so the reminder offers no Done of its own. */
    @Override
    public boolean closedItemByItem() {
        return true;
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        Quarter quarter = Quarter.of(clock.instant(), zone);
        if (!inScope(scope, account)) {
            return new StepCheck.Satisfied("the account is not in the success-plan segments");
        }
        if (handle.attach(SuccessPlanDao.class).plan(account.id(), quarter.label()).isPresent()) {
            return new StepCheck.Satisfied("the " + quarter + " success plan is written");
        }
        return views.askReminder(account, quarter);
    }

    /** The plan's modal, as the reminder's Write the plan opens it. */
    @Override
    public List<StepForm> forms(Handle handle, Account account) {
        return List.of(new StepForm(SuccessPlanIds.ACTION_EDIT, "Write the plan", account.id()));
    }

    @Override
    public Optional<Instant> nextAfter(Account account, ZoneId ignored, Instant now) {
        return inScope(scope, account) ? Optional.of(Quarter.startAfter(now, zone)) : Optional.empty();
    }
}
