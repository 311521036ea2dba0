package dev.baton.home;

import java.time.Instant;

/** A pending timeline step due today or before, as App Home reads it. */
public record TimelineRow(long id, long accountId, String accountName, String step, Instant dueAt) {
}
