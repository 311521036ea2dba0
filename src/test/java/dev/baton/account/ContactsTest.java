package dev.baton.account;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's contacts come in one order on both databases: by name ignoring case, then by id. */
class ContactsTest {

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void contactsAreOrderedByNameIgnoringCaseThenById(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Instant now = Instant.parse("2026-11-26T10:00:00Z");
            long account = Fixtures.account(db.jdbi(), Clock.fixed(now, ZoneOffset.UTC), "Acme", "001ACME");
            db.jdbi().useExtension(ContactDao.class, dao -> {
                dao.insert(account, "bob", null, "bob@acme.com", "bob@acme.com", ",champion,", false, null, now);
                dao.insert(account, "", null, "zed@acme.com", "zed@acme.com", ",", false, null, now);
                dao.insert(account, "Alice Zhou", null, "az@acme.com", "az@acme.com", ",", true, null, now);
                dao.insert(account, "alice Adams", null, "aa@acme.com", "aa@acme.com", ",", false, null, now);
                dao.insert(account, "Alice Zhou", null, "az2@acme.com", "az2@acme.com", ",", false, null, now);
            });

            List<Contact> contacts = db.jdbi().withHandle(handle -> Contacts.forAccount(handle, account));

            assertThat(contacts).extracting(Contact::email).containsExactly("zed@acme.com", "aa@acme.com",
                    "az@acme.com", "az2@acme.com", "bob@acme.com");
            assertThat(contacts.get(4).roles().has(Role.CHAMPION)).isTrue();
            assertThat(contacts.get(2).instanceAdmin()).isTrue();
        }
    }
}
