package dev.baton.roles;

import dev.baton.store.Sql;
import org.jdbi.v3.core.Handle;

import java.util.List;

/** An account's contacts: read for every {@code /roles} and {@code /handoff} card, so a fluent statement (see {@link Sql}). */
public final class Contacts {
    private static final String FOR_ACCOUNT = Sql.of(Contacts.class, "forAccount");
    private static final ContactMapper MAPPER = new ContactMapper();

    private Contacts() {
    }

    /** The account's contacts by name. */
    public static List<Contact> forAccount(Handle handle, long accountId) {
        return handle.createQuery(FOR_ACCOUNT).bind("accountId", accountId).map(MAPPER).list();
    }
}
