package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The TA's health assessment: opened with what Baton knows, saved as drafts, submitted for the manager's review. */
final class AssessmentService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final RenewalPeople people;
    private final RenewalViews views;
    private final RenewalNotifications notifications;

    AssessmentService(Jdbi jdbi, Clock clock, RenewalPeople people, RenewalViews views,
                      RenewalNotifications notifications) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.people = people;
        this.views = views;
        this.notifications = notifications;
    }

    /** The assessment modal for the account's current cycle (opened now when the assessment starts early). */
    Change open(String actor, long accountId, String responseUrl) {
        return jdbi.inTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
            if (account.isEmpty()) {
                return new Change.Refused("That account no longer exists.");
            }
            if (!people.mayAssess(actor, account.get())) {
                return new Change.Refused("Only " + account.get().name() + "'s account team or a leader can "
                        + "fill in its renewal assessment.");
            }
            Optional<Cycle> cycle = Cycles.current(handle, account.get(), clock.instant());
            if (cycle.isEmpty()) {
                return new Change.Refused(account.get().name() + " has no renewal date in the CRM yet.");
            }
            if (!cycle.get().open()) {
                return new Change.Refused("This renewal was already processed.");
            }
            return new Change.Show(modal(handle, account.get(), cycle.get(),
                    new RenewalState(cycle.get().id(), responseUrl).toJson()));
        });
    }

    private String modal(Handle handle, Account account, Cycle cycle, String metadata) {
        RenewalDao dao = handle.attach(RenewalDao.class);
        Optional<Assessment> assessment = dao.assessment(cycle.id());
        List<DriverRating> saved = dao.drivers(cycle.id());
        AssessmentFacts facts = AssessmentFacts.read(handle, account, clock.instant());
        Map<String, String> prefill = views.prefill(facts);
        List<Map<String, String>> drivers = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            Optional<DriverRating> d = saved.stream().filter(s -> s.driver().equals(driver.code())).findFirst();
            String note = d.isPresent() ? d.get().note() : prefill.get(driver.code());
            drivers.add(Map.of("id", driver.code().replace('_', '-'), "label", driver.label(),
                    "rating", orEmpty(d.map(DriverRating::rating).orElse(null)), "note", orEmpty(note)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("cycle", cycle);
        model.put("facts", facts);
        model.put("prefill", prefill);
        model.put("drivers", drivers);
        model.put("ratings", List.of(Rating.values()));
        model.put("overall", orEmpty(assessment.map(Assessment::overallRating).orElse(null)));
        model.put("risks", orEmpty(assessment.isPresent() ? assessment.get().risks() : prefill.get("risks")));
        model.put("metadata", metadata);
        assessment.ifPresent(a -> model.put("assessment", a));
        if (assessment.map(a -> Assessment.RETURNED.equals(a.status())).orElse(false)) {
            List<RatingEvent> events = dao.events(cycle.id());
            RatingEvent change = events.get(events.size() - 1);
            model.put("returned", Map.of("actor", change.actor(), "reason", orEmpty(change.reason()),
                    "rating", Rating.parse(change.rating()).map(Rating::label).orElse(change.rating())));
        }
        return views.modal("assessment-modal.json.ftl", model);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Saves the form as a draft, or submits it for review when ticked and complete. */
    Change save(String actor, long cycleId, AssessmentForm form) {
        return jdbi.inTransaction(handle -> {
            RenewalDao dao = handle.attach(RenewalDao.class);
            Optional<Cycle> cycle = dao.cycle(cycleId);
            Optional<Account> account = cycle.flatMap(c -> handle.attach(AccountDao.class).findById(c.accountId()));
            if (account.isEmpty()) {
                return new Change.Refused("That renewal no longer exists.");
            }
            if (!people.mayAssess(actor, account.get()) || !cycle.get().open()) {
                return new Change.Refused(cycle.get().open() ? "Only the account team or a leader can fill in "
                        + "the renewal assessment." : "This renewal was already processed.");
            }
            Instant now = clock.instant();
            Map<String, String> problems = form.problems(AssessmentFacts.read(handle, account.get(), now).rolesMissing());
            Optional<Assessment> before = dao.assessment(cycleId);
            if (before.map(Assessment::done).orElse(false) && !form.submit()) {
                problems.putIfAbsent(RenewalIds.FIELD_SUBMIT, "This assessment is with the AE's manager: tick Submit "
                        + "for review to send your changes.");
            }
            if (!problems.isEmpty()) {
                return new Change.Invalid(problems);
            }
            write(handle, cycleId, actor, form, before.isPresent(), now);
            dev.baton.account.HealthDirty.mark(handle, account.get().id(), now);
            Assessment after = dao.assessment(cycleId).orElseThrow();
            if (!form.submit()) {
                Audit.record(handle, now, actor, account.get().id(), "renewal.assessment.saved", before.orElse(null), after);
                return new Change.Done("Draft saved.", account.get().id());
            }
            dao.markSubmitted(cycleId, actor, now);
            dao.addEvent(cycleId, now, actor, RatingEvent.SUBMITTED, form.overall(), null);
            Audit.record(handle, now, actor, account.get().id(), "renewal.assessment.submitted", before.orElse(null),
                    dao.assessment(cycleId).orElseThrow());
            notifications.review(handle, account.get(), cycle.get(), after, dao.drivers(cycleId), now);
            return new Change.Done("Submitted for review: the AE's manager has it.", account.get().id());
        });
    }

    private static void write(Handle handle, long cycleId, String actor, AssessmentForm form, boolean exists, Instant now) {
        RenewalDao dao = handle.attach(RenewalDao.class);
        String status = exists ? dao.assessment(cycleId).orElseThrow().status() : Assessment.DRAFT;
        if (exists) {
            dao.updateAssessment(cycleId, status, form.overall(), form.summary(), form.risks(), form.contactsConfirmed(),
                    form.missingRoleReason(), actor, now);
        } else {
            dao.insertAssessment(cycleId, status, form.overall(), form.summary(), form.risks(), form.contactsConfirmed(),
                    form.missingRoleReason(), actor, now);
        }
        dao.removeDrivers(cycleId);
        form.drivers().values().forEach(d -> dao.addDriver(cycleId, d.driver(), d.rating(), d.note()));
    }
}
