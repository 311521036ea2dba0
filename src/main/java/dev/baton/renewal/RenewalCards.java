package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.LighthouseNominations;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the renewal card for one viewer, in the caller's handle. */
final class RenewalCards {
    static final int SHOWN_EVENTS = 8;
    static final int SHOWN_CHECK_INS = 3;

    private final RenewalPeople people;
    private final ZoneId zone;

    RenewalCards(RenewalPeople people, ZoneId zone) {
        this.people = people;
        this.zone = zone;
    }

    RenewalCard read(Handle handle, Account account, String viewer, Instant now) {
        RenewalDao dao = handle.attach(RenewalDao.class);
        Cycle cycle = dao.latestCycleOf(account.id()).orElse(null);
        Assessment assessment = cycle == null ? null : dao.assessment(cycle.id()).orElse(null);
        SavePlan plan = cycle == null ? null : dao.savePlan(cycle.id())
                .map(row -> row.with(dao.savePlanSteps(cycle.id()))).orElse(null);
        List<CheckIn> checkIns = cycle == null ? List.of() : dao.checkIns(cycle.id());
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new RenewalCard(account, cycle, assessment, cycle == null ? List.of() : drivers(dao.drivers(cycle.id())),
                cycle == null ? List.of() : events(dao.events(cycle.id())), plan,
                checkIns.subList(0, Math.min(SHOWN_CHECK_INS, checkIns.size())),
                LighthouseNominations.current(handle, account.id()).orElse(null), today,
                phase(account, cycle, assessment, today), buttons(account, cycle, assessment, viewer));
    }

    /** Each driver in the assessment's order, with its rating's label: for the card and the manager's DM. */
    static List<Map<String, String>> drivers(List<DriverRating> saved) {
        List<Map<String, String>> drivers = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            Optional<DriverRating> d = saved.stream().filter(s -> s.driver().equals(driver.code())).findFirst();
            if (d.isPresent() && (d.get().rating() != null || d.get().note() != null)) {
                drivers.add(Map.of("label", driver.label(), "ratingLabel", Rating.parse(d.get().rating())
                        .map(r -> r.emoji() + " " + r.label()).orElse("not rated"), "note", d.get().note() == null ? ""
                        : d.get().note()));
            }
        }
        return drivers;
    }

    private static List<Map<String, String>> events(List<RatingEvent> all) {
        List<RatingEvent> shown = all.subList(Math.max(0, all.size() - SHOWN_EVENTS), all.size());
        return shown.stream().map(e -> {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("at", e.at().toString().substring(0, 16).replace('T', ' '));
            event.put("actor", e.actor());
            event.put("action", e.action());
            event.put("rating", Rating.parse(e.rating()).map(Rating::label).orElse(e.rating()));
            event.put("reason", e.reason() == null ? "" : e.reason());
            return event;
        }).toList();
    }

    static String phase(Account account, Cycle cycle, Assessment assessment, LocalDate today) {
        if (account.renewalDate() == null) {
            return "No renewal date";
        }
        if (cycle != null && !cycle.open()) {
            return "Processed";
        }
        if (cycle == null || assessment == null || !assessment.done()) {
            boolean early = today.isBefore(AssessmentStep.dueDate(account.renewalDate()));
            return assessment != null && Assessment.RETURNED.equals(assessment.status()) ? "Assessment: back with the TA"
                    : early && assessment == null ? "Before the assessment" : "Health assessment";
        }
        if (assessment.awaitingReview()) {
            return "Alignment: with the AE's manager";
        }
        if (today.isAfter(account.renewalDate())) {
            return "Process the renewal";
        }
        String plan = cycle.agreedRating().map(Rating::atRisk).orElse(false) ? "Renewal plan: weekly check-ins"
                : "Monitoring";
        return cycle.forecastDue() ? plan + " · forecast due" : plan;
    }

    private List<RenewalCard.Button> buttons(Account account, Cycle cycle, Assessment assessment, String viewer) {
        List<RenewalCard.Button> buttons = new ArrayList<>();
        boolean open = account.renewalDate() != null && (cycle == null || cycle.open());
        String accountId = String.valueOf(account.id());
        if (open && people.mayAssess(viewer, account) && (assessment == null || !assessment.done())) {
            buttons.add(new RenewalCard.Button(RenewalIds.ACTION_ASSESS,
                    assessment == null ? "Start assessment" : "Continue assessment", accountId, true));
        }
        if (cycle != null && cycle.open()) {
            String cycleId = String.valueOf(cycle.id());
            boolean agreed = cycle.rating() != null;
            if (assessment != null && assessment.done() && people.mayAlign(viewer, account)) {
                if (assessment.awaitingReview()) {
                    buttons.add(new RenewalCard.Button(RenewalIds.ACTION_AGREE, "Agree", cycleId, true));
                }
                buttons.add(new RenewalCard.Button(RenewalIds.ACTION_CHANGE, "Change rating", cycleId, false));
            }
            if (agreed && cycle.agreedRating().orElseThrow().atRisk() && people.mayAssess(viewer, account)) {
                buttons.add(new RenewalCard.Button(RenewalIds.ACTION_SAVE_PLAN, "Save plan", cycleId, false));
                buttons.add(new RenewalCard.Button(RenewalIds.ACTION_CHECK_IN, "Check in", cycleId, false));
            }
            // as the forecast workflow allows: the AE, the AE's manager and leaders forecast; the team and leaders process
            if (agreed && (viewer.equals(account.ae()) || people.mayAlign(viewer, account))) {
                buttons.add(new RenewalCard.Button(RenewalIds.ACTION_FORECAST, "Forecast", cycleId, cycle.forecastDue()));
            }
            if (people.mayAssess(viewer, account)) {
                buttons.add(new RenewalCard.Button(RenewalIds.ACTION_PROCESS, "Process renewal", cycleId, false));
            }
        }
        if (people.mayAssess(viewer, account)) {
            buttons.add(new RenewalCard.Button(RenewalIds.ACTION_ROLES_CARD, "Contacts", accountId, false));
        }
        return buttons;
    }
}
