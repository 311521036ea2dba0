package dev.baton.journey;

import dev.baton.account.Roles;

import java.time.Instant;

/** A contact as the journeys see it: its roles, its time zone (null: BATON_TIMEZONE), and whether mail may go. */
public record JourneyContact(long id, long accountId, String name, String email, String roles, String timeZone,
                             Instant unsubscribedAt, Instant bouncedAt, String bounceReason) {
    public Roles roleSet() {
        return Roles.fromColumn(roles);
    }

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public boolean reachable() {
        return unsubscribedAt == null && bouncedAt == null;
    }
}
