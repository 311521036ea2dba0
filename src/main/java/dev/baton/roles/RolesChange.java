package dev.baton.roles;

import java.util.Map;

/** The outcome of a change to an account's contacts. */
public sealed interface RolesChange {
    /** Saved; the card as it now stands and a line saying what happened. */
    record Done(RolesCard card, String notice) implements RolesChange { }

    /** Not saved; problems keyed by modal field. */
    record Invalid(Map<String, String> problems) implements RolesChange { }

    /** Not saved: the user is neither on the account team nor a leader. */
    record Forbidden(String accountName, java.util.Set<String> team) implements RolesChange { }

    /** Not saved: the account or contact no longer exists. */
    record Gone(String what) implements RolesChange { }
}
