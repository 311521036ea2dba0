package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.account.Contacts;
import dev.baton.config.SuccessPlanScope;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.TimelineStep;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * On the first working day of each quarter's second month, the AE and the TA's manager get the plan's progress
 * (or word that there is no plan yet) by DM; then the step falls due again the next quarter.
 */
final class MidQuarterStep implements TimelineStep {
    static final String ID = "successplan-mid-quarter";

    private final SuccessPlanViews views;
    private final SuccessPlanScope scope;
    private final Set<String> leaders;
    private final Clock clock;
    private final ZoneId zone;

    MidQuarterStep(SuccessPlanViews views, SuccessPlanScope scope, Set<String> leaders, Clock clock, ZoneId zone) {
        this.views = views;
        this.scope = scope;
        this.leaders = leaders;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Instant> dueAt(Account account, ZoneId ignored) {
        return QuarterlyAskStep.inScope(scope, account) ? Optional.of(Quarter.nextMidQuarter(clock.instant(), zone))
                : Optional.empty();
    }

    @Override
    public StepCheck check(Handle handle, Account account) {
        Set<String> recipients = new LinkedHashSet<>();
        if (account.ae() != null && !account.ae().isBlank()) {
            recipients.add(account.ae());
        }
        recipients.addAll(taManagers(handle, account));
        if (recipients.isEmpty() || !QuarterlyAskStep.inScope(scope, account)) {
            return new StepCheck.Satisfied("nobody to send the mid-quarter progress to");
        }
        Quarter quarter = Quarter.of(clock.instant(), zone);
        PlanView plan = SuccessPlanService.view(handle, account.id(), quarter, Contacts.forAccount(handle, account.id()))
                .orElse(null);
        return new StepCheck.Notice(new ArrayList<>(recipients), views.midQuarter(account, quarter, plan));
    }

    /** The TA's manager: the CRM's {@code ta_manager} for the account, else the leaders. */
    private Set<String> taManagers(Handle handle, Account account) {
        return handle.attach(SuccessPlanDao.class).taManager(account.id()).<Set<String>>map(Set::of).orElse(leaders);
    }

    @Override
    public Optional<Instant> nextAfter(Account account, ZoneId ignored, Instant now) {
        return QuarterlyAskStep.inScope(scope, account) ? Optional.of(Quarter.midQuarterAfter(now, zone)) : Optional.empty();
    }
}
