package dev.baton.account;

import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An account's contacts: read for every {@code /roles} and {@code /handoff} card, so on {@link PlainJdbc}. */
public final class Contacts {
    private static final PlainJdbc.Statement FOR_ACCOUNT = PlainJdbc.statement(Contacts.class, "forAccount");
    private static final ContactMapper MAPPER = new ContactMapper();
    /**
     * By name ignoring case, then by id. Sorted here rather than by {@code order by lower(name)}:
     * the same order on H2 and on PostgreSQL (whose collation may skip spaces and punctuation), and no function
     * call per row in the database.
     */
    private static final Comparator<Contact> BY_NAME = Comparator
            .comparing(Contact::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Contact::id);

    private Contacts() {
    }

    /** The account's contacts by name. */
    public static List<Contact> forAccount(Handle handle, long accountId) {
        List<Contact> contacts = PlainJdbc.list(handle, FOR_ACCOUNT, MAPPER, Map.of("accountId", accountId));
        contacts.sort(BY_NAME);
        return contacts;
    }
}
