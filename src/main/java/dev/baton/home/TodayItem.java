package dev.baton.home;

import java.time.Instant;

/**
 * One due or overdue item of a person's Today: a timeline step (its buttons the reminders' own, by step id) or a
 * Lighthouse save-plan step (its Done the plan card's own).
 */
record TodayItem(Kind kind, long id, long accountId, String accountName, String what, Instant dueAt, boolean overdue) {
    enum Kind { TIMELINE, LIGHTHOUSE }

    /** A timeline step's id as words ({@code renewal-assessment}: "Renewal assessment"). */
    String label() {
        if (kind == Kind.LIGHTHOUSE) {
            return what;
        }
        String words = what.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
