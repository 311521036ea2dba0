package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.OrderType;
import dev.baton.account.ServiceModel;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.StepForm;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.WorkingHours;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The hand-off's steps on the timeline engine, before and after the close. */
final class HandoffSteps {
    private HandoffSteps() {
    }

    static List<TimelineStep> all(Set<String> leaders, HandoffViews views, java.time.Clock clock) {
        Function<Handle, Function<Account, HandoffCard>> cards = handle -> account ->
                HandoffCards.of(handle, account, LocalDate.now(clock));
        return List.of(new SupportLevelStep(leaders), new TaAssignedStep(leaders),
                new Step(cards, "handoff-doc-kt", a -> before(a, 35), (h, a, card) -> {
                    boolean doc = card.checklist().items().stream().anyMatch(i -> i.key().equals("doc") && i.done());
                    boolean kt = card.handoff() != null && card.handoff().ktAt() != null;
                    return doc && kt ? satisfied("doc complete and knowledge transfer scheduled")
                            : new StepCheck.Needed(people(a.ce(), a.ae(), leaders), "fill the hand-off doc and schedule "
                            + "the knowledge transfer with the TA and AE", missing(!doc, "Hand-off doc not complete",
                            !kt, "Knowledge transfer not scheduled"), new com.google.gson.JsonArray());
                }, a -> List.of(form(HandoffIds.ACTION_DOC, "Fill hand-off doc", a), form(HandoffIds.ACTION_KT,
                        "Schedule KT", a))),
                new Step(cards, "handoff-playbook", a -> before(a, 30), (h, a, card) -> new StepCheck.Notice(
                        HandoffWork.recipients(a), views.card(card))),
                new Step(cards, "production-license", a -> afterClose(a, 1), (h, a, card) ->
                        card.handoff() != null && card.handoff().licenseRecorded() ? satisfied("license recorded")
                        : new StepCheck.Needed(people(a.serviceModel() == ServiceModel.SCALED ? a.ce() : a.ta(), a.ce(), leaders),
                        "record the production license (key id, seats, expiry) from the hand-off card",
                        List.of("Closed-won " + a.closedWonDate()), new com.google.gson.JsonArray()),
                        a -> List.of(form(HandoffIds.ACTION_LICENSE, "Record license", a))),
                new Step(cards, "expand-handover", a -> named(a, true) ? afterClose(a, 1) : Optional.empty(), (h, a, card) ->
                        card.handoff() != null && card.handoff().expandDoneAt() != null ? satisfied("handed over")
                        : new StepCheck.Needed(people(a.ae(), null, leaders), "hand over to the Expand AE (due within "
                        + "24 hours of the close)", List.of("Open the hand-off card: *Hand-over checklist*"),
                        new com.google.gson.JsonArray()),
                        a -> List.of(form(HandoffIds.ACTION_EXPAND, "Hand-over checklist", a))),
                new Step(cards, "expand-discovery", a -> named(a, false) ? afterClose(a, 1) : Optional.empty(), (h, a, card) ->
                        card.handoff() != null && card.handoff().expandDoneAt() != null ? satisfied("handed over")
                        : new StepCheck.Needed(people(a.expandAe(), null, leaders), "run discovery and success "
                        + "planning with the customer (bought online)", List.of("Press *Done* when the call is held"),
                        new com.google.gson.JsonArray())));
    }

    /** A button of the hand-off card (its value the account id), so the card's own handler opens the modal. */
    private static StepForm form(String action, String label, Account account) {
        return new StepForm(action, label, account.id());
    }

    private static boolean named(Account a, boolean salesAssisted) {
        return a.serviceModel() == ServiceModel.NAMED && salesAssisted == (a.orderType() == OrderType.SALES_ASSISTED);
    }

    private static Optional<LocalDate> before(Account a, int days) {
        return a.expectedCloseDate() == null || a.closedWonDate() != null ? Optional.empty()
                : Optional.of(a.expectedCloseDate().minusDays(days));
    }

    private static Optional<LocalDate> afterClose(Account a, int days) {
        return a.closedWonDate() == null ? Optional.empty() : Optional.of(a.closedWonDate().plusDays(days));
    }

    private static StepCheck satisfied(String why) {
        return new StepCheck.Satisfied(why);
    }

    private static List<String> people(String first, String fallback, Set<String> leaders) {
        return first != null ? List.of(first) : fallback != null ? List.of(fallback) : List.copyOf(leaders);
    }

    private static List<String> missing(boolean a, String aText, boolean b, String bText) {
        return a && b ? List.of(aText, bText) : a ? List.of(aText) : List.of(bText);
    }

    @FunctionalInterface
    interface Check {
        StepCheck check(Handle handle, Account account, HandoffCard card);
    }

    /**
     * A step defined by the day it falls due (from the morning of that day), its check on the hand-off card, and
     * the card's buttons that do what it asks.
     */
    private record Step(Function<Handle, Function<Account, HandoffCard>> cards, String id,
                        Function<Account, Optional<LocalDate>> due, Check check,
                        Function<Account, List<StepForm>> forms) implements TimelineStep {
        Step(Function<Handle, Function<Account, HandoffCard>> cards, String id,
             Function<Account, Optional<LocalDate>> due, Check check) {
            this(cards, id, due, check, account -> List.of());
        }

        @Override
        public List<StepForm> forms(Handle handle, Account account) {
            return forms.apply(account);
        }

        @Override
        public Optional<Instant> dueAt(Account account, ZoneId zone) {
            return due.apply(account).map(day -> WorkingHours.morningOf(day, zone));
        }

        @Override
        public StepCheck check(Handle handle, Account account) {
            return check.check(handle, account, cards.apply(handle).apply(account));
        }
    }
}
