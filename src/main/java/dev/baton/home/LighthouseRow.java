package dev.baton.home;

import java.time.LocalDate;

/** An open Lighthouse save-plan step the person owns, due today or before. */
public record LighthouseRow(long id, long accountId, String accountName, String action, LocalDate dueOn) {
}
