package dev.baton.home;

import java.time.Instant;

/** The rows the leaders' section reads, one record per statement. */
public final class LeaderRows {
    private LeaderRows() {
    }

    /** One person of the team view: how many accounts they are on, how many are red. */
    public record Load(String person, int accounts, int reds) {
    }

    /** How many of one person's accounts' timeline steps are overdue. */
    public record Overdue(String person, int overdue) {
    }

    /** One person of the team view as a tick stored it (home_team_summary). */
    public record Summary(String person, int accounts, int overdue, int reds) {
    }

    /** How many accounts are in a health band ({@code none}: no score yet). */
    public record Band(String band, int accounts) {
    }

    /** A muted feature or account (its name when it is one), as the leaders' Unmute lists it. */
    public record Muted(String subjectKind, String subject, String mutedBy, Instant mutedAt, String accountName) {
    }
}
