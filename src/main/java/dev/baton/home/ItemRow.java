package dev.baton.home;

import java.time.LocalDate;

/** An open item the person owns, due today or before: a Lighthouse save-plan step, a call to action, a plan action. */
public record ItemRow(long id, long accountId, String accountName, String action, LocalDate dueOn) {
}
