package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.audit.Audit;
import dev.baton.timeline.Timeline;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What an agreed rating sets going: green is monitored, yellow needs a save plan, red is nominated for Lighthouse. */
final class RatingOutcomes {
    /** How long the TA has to write a yellow renewal's save plan before the first reminder. */
    static final Duration SAVE_PLAN_GRACE = Duration.ofDays(1);

    private RatingOutcomes() {
    }

    /** In the agreement's transaction: the people told, the save plan and check-ins armed, the nomination made. */
    static void follow(Handle handle, Account account, Cycle cycle, Optional<Rating> before, Assessment assessment,
                       RenewalNotifications notifications, Instant now) {
        Rating rating = cycle.agreedRating().orElseThrow();
        RenewalDao dao = handle.attach(RenewalDao.class);
        notifications.agreed(handle, account, cycle, now);
        if (rating == Rating.YELLOW && dao.savePlan(cycle.id()).isEmpty()) {
            Timeline.arm(handle, account.id(), SavePlanStep.ID, now.plus(SAVE_PLAN_GRACE));
        }
        if (rating == Rating.RED && dao.nominate(account.id(), cycle.id(), cycle.ratingAgreedBy(), now,
                assessment.summary()) == 1) {
            Audit.record(handle, now, cycle.ratingAgreedBy(), account.id(), "renewal.lighthouse.nominated", null,
                    Map.of("cycle", cycle.id(), "reason", String.valueOf(assessment.summary())));
            notifications.nominated(handle, account, cycle, assessment.summary(), now);
        }
        if (rating.atRisk() && before.map(r -> !r.atRisk()).orElse(true)) {
            Timeline.arm(handle, account.id(), CheckInStep.ID, now.plus(CheckInStep.INTERVAL));
        }
    }
}
