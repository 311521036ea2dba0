package dev.baton.home;

import dev.baton.timeline.StepForm;

import java.time.Instant;
import java.util.List;

/**
 * One due or overdue item of a person's Today: a timeline step (the reminders' Done and Snooze, by step id, and the
 * step's own forms) or an item its workflow closes one by one (a Lighthouse save-plan step, a churn retro's call to
 * action, a success-plan action), with that workflow's own Done.
 *
 * @param forms    the step's own forms (the renewal assessment, the contact modal); none for an item
 * @param withDone whether the step offers the reminders' Done (not one closed by its form or item by item)
 */
record TodayItem(Kind kind, long id, long accountId, String accountName, String what, Instant dueAt, boolean overdue,
                 List<StepForm> forms, boolean withDone) {
    /** Each kind's name is the one the template gives its buttons by. */
    enum Kind {
        TIMELINE("timeline"), LIGHTHOUSE("lighthouse-step"), CHURN_ACTION("churn-action"),
        PLAN_ACTION("successplan-action");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    /** An item its workflow closes one by one, with its own Done. */
    static TodayItem item(Kind kind, ItemRow row, Instant dueAt, boolean overdue) {
        return new TodayItem(kind, row.id(), row.accountId(), row.accountName(), row.action(), dueAt, overdue,
                List.of(), true);
    }

    TodayItem withButtons(List<StepForm> stepForms, boolean done) {
        return new TodayItem(kind, id, accountId, accountName, what, dueAt, overdue, stepForms, done);
    }

    /** A timeline step's id as words ({@code renewal-assessment}: "Renewal assessment"); an item's own text. */
    String label() {
        if (kind != Kind.TIMELINE) {
            return what;
        }
        String words = what.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
