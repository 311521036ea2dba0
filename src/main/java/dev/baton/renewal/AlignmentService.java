package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.timeline.Timeline;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TA and the AE's manager align on the rating: the manager agrees (the rating stands and its outcome follows)
 * or changes it with a reason (back to the TA; from the second change without agreement the leaders are told).
 */
final class AlignmentService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final RenewalPeople people;
    private final RenewalViews views;
    private final RenewalNotifications notifications;

    AlignmentService(Jdbi jdbi, Clock clock, RenewalPeople people, RenewalViews views,
                     RenewalNotifications notifications) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.people = people;
        this.views = views;
        this.notifications = notifications;
    }

    Change agree(String actor, long cycleId) {
        return change(actor, cycleId, (handle, account, cycle, assessment, now) -> {
            if (!assessment.awaitingReview()) {
                return new Change.Refused("Nothing awaits agreement: the TA has not submitted the assessment "
                        + "again since the rating was changed or agreed.");
            }
            RenewalDao dao = handle.attach(RenewalDao.class);
            Rating rating = assessment.overall().orElseThrow();
            dao.agreeRating(cycleId, rating.code(), actor, now);
            dao.reviewAssessment(cycleId, Assessment.AGREED, rating.code());
            dao.addEvent(cycleId, now, actor, RatingEvent.AGREED, rating.code(), null);
            Cycle after = dao.cycle(cycleId).orElseThrow();
            Audit.record(handle, now, actor, account.id(), "renewal.rating.agreed", Map.of("rating",
                    String.valueOf(cycle.rating())), Map.of("rating", rating.code(), "cycle", cycleId));
            RatingOutcomes.follow(handle, account, after, cycle.agreedRating(), assessment, notifications, now);
            return new Change.Done("Agreed: " + rating.label() + ".", account.id());
        });
    }

    /** The Change rating modal, for the manager (or a leader). */
    Change openChange(String actor, long cycleId, String responseUrl) {
        return change(actor, cycleId, (handle, account, cycle, assessment, now) -> {
            Map<String, Object> model = new HashMap<>();
            model.put("account", account);
            model.put("submitted", assessment.overall().map(Rating::label).orElse("unrated"));
            model.put("ratings", List.of(Rating.values()));
            model.put("metadata", new RenewalState(cycleId, responseUrl).toJson());
            return new Change.Show(views.modal("change-modal.json.ftl", model));
        });
    }

    Change changeRating(String actor, long cycleId, String newRating, String reason) {
        Optional<Rating> rating = Rating.parse(newRating);
        if (rating.isEmpty() || reason == null) {
            return new Change.Invalid(rating.isEmpty() ? Map.of(RenewalIds.FIELD_NEW_RATING, "Pick the rating.")
                    : Map.of(RenewalIds.FIELD_CHANGE_REASON, "Say why: the TA revises the assessment from it."));
        }
        return change(actor, cycleId, (handle, account, cycle, assessment, now) -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            if (dao.reviewAssessment(cycleId, Assessment.RETURNED, rating.get().code()) == 0) {
                return new Change.Refused("The assessment is back with the TA already; wait for it again.");
            }
            dao.addEvent(cycleId, now, actor, RatingEvent.CHANGED, rating.get().code(), reason);
            dao.countChange(cycleId, now);
            Cycle after = dao.cycle(cycleId).orElseThrow();
            Audit.record(handle, now, actor, account.id(), "renewal.rating.changed",
                    Map.of("rating", String.valueOf(assessment.overallRating())),
                    Map.of("rating", rating.get().code(), "reason", reason, "changes_unagreed", after.changesUnagreed()));
            notifications.returned(handle, account, after, actor, rating.get(), reason, now);
            Timeline.arm(handle, account.id(), AssessmentStep.ID, now.plus(Duration.ofDays(1)));
            return new Change.Done("Sent back to the TA with your rating, " + rating.get().label() + ".",
                    account.id());
        });
    }

    private Change change(String actor, long cycleId, CycleWork work) {
        return jdbi.inTransaction(handle -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            Optional<Cycle> cycle = dao.cycle(cycleId);
            Optional<Account> account = cycle.flatMap(c -> handle.attach(AccountDao.class).findById(c.accountId()));
            Optional<Assessment> assessment = dao.assessment(cycleId);
            if (account.isEmpty() || !cycle.get().open()) {
                return new Change.Refused("That renewal is no longer open.");
            }
            if (!people.mayAlign(actor, account.get())) {
                return new Change.Refused("Only the AE's manager (or a leader) agrees or changes the rating of "
                        + account.get().name() + ".");
            }
            if (assessment.isEmpty() || !assessment.get().done()) {
                return new Change.Refused("The TA has not submitted the assessment for review yet.");
            }
            return work.apply(handle, account.get(), cycle.get(), assessment.get(), clock.instant());
        });
    }

    /** The work on one cycle that {@link #change} runs in a transaction once the account and cycle are found. */
    @FunctionalInterface
    private interface CycleWork {
        Change apply(Handle handle, Account account, Cycle cycle, Assessment assessment, Instant now);
    }
}
