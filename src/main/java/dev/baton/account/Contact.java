package dev.baton.account;

/** A person at an account, with the roles they hold there. */
public record Contact(long id, long accountId, String name, String title, String email, Roles roles,
                      boolean instanceAdmin) {

    /** The name to show: the name, or the email when the name was never given. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public boolean untagged() {
        return roles.set().isEmpty();
    }
}
