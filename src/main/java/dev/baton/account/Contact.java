package dev.baton.account;

/**
 * A person at an account, with the roles they hold there and their IANA time zone (null: unknown, so the journey
 * emails go in {@code BATON_TIMEZONE}'s working hours).
 */
public record Contact(long id, long accountId, String name, String title, String email, Roles roles,
                      boolean instanceAdmin, String timeZone) {

    public Contact(long id, long accountId, String name, String title, String email, Roles roles,
                   boolean instanceAdmin) {
        this(id, accountId, name, title, email, roles, instanceAdmin, null);
    }

    /** The name to show: the name, or the email when the name was never given. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public boolean untagged() {
        return roles.set().isEmpty();
    }
}
