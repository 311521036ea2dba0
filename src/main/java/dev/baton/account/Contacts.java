package dev.baton.account;

import dev.baton.store.JdbcReads;
import dev.baton.store.Sql;
import org.jdbi.v3.core.Handle;

import java.util.Comparator;
import java.util.List;

/** An account's contacts: read for every {@code /roles} and {@code /handoff} card, so on plain JDBC (see {@link JdbcReads}). */
public final class Contacts {
    private static final String FOR_ACCOUNT = JdbcReads.positional(Sql.of(Contacts.class, "forAccount"));
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
        List<Contact> contacts = JdbcReads.list(handle, FOR_ACCOUNT, MAPPER, accountId);
        contacts.sort(BY_NAME);
        return contacts;
    }
}
