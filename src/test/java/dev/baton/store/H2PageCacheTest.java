package dev.baton.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Embedded H2 gets a page cache sized to the heap, and can fill it with the accounts and contacts at start. */
class H2PageCacheTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aQuarterOfTheHeapBetweenH2sDefaultAnd256Megabytes() {
        assertThat(Database.h2PageCache("jdbc:h2:file:./data/baton", 6144 * MB)).endsWith(";CACHE_SIZE=262144");
        assertThat(Database.h2PageCache("jdbc:h2:file:./data/baton", 512 * MB)).endsWith(";CACHE_SIZE=131072");
        assertThat(Database.h2PageCache("jdbc:h2:file:./data/baton", 32 * MB)).endsWith(";CACHE_SIZE=16384");
    }

    @Test
    void aUrlThatSetsTheCacheOrIsNotH2IsKept() {
        assertThat(Database.h2PageCache("jdbc:h2:file:./x;cache_size=1024", 6144 * MB)).isEqualTo("jdbc:h2:file:./x;cache_size=1024");
        assertThat(Database.h2PageCache("jdbc:postgresql://db/baton", 6144 * MB)).isEqualTo("jdbc:postgresql://db/baton");
    }

    @Test
    void theOpenedDatabaseUsesItAndTheWarmUpFillsIt(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("baton").toAbsolutePath();
        try (Database db = Database.open(url, "sa", "")) {
            insertContacts(db, 40_000);
        }
        try (Database db = Database.open(url, "sa", "")) {
            long expectedMb = Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / MB));
            assertThat(setting(db, "info.CACHE_MAX_SIZE")).isEqualTo(expectedMb);
            long before = setting(db, "info.CACHE_SIZE");

            db.warmPageCache();

            // a megabyte or more: the cache statistic is in whole megabytes, and a warm-up that reads nothing
            // (a count answered from the row count) leaves it where it was
            assertThat(setting(db, "info.CACHE_SIZE")).isGreaterThan(before);
        }
    }

    private static long setting(Database db, String name) {
        return Long.parseLong(db.jdbi().withHandle(h -> h.createQuery(
                "select setting_value from information_schema.settings where setting_name = :name")
                .bind("name", name).mapTo(String.class).one()));
    }

    private static void insertContacts(Database db, int count) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key,"
                    + " created_at, updated_at) values (1, 'CRM1', 'Acme', 'acme', ?, ?)")) {
                account.setTimestamp(1, now);
                account.setTimestamp(2, now);
                account.executeUpdate();
            }
            try (PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, title, email,"
                    + " email_key, roles, instance_admin, created_at, updated_at) values (1, ?, 'Director', ?, ?, ',', false, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    contact.setString(1, "Person number " + i + " of Acme Corporation");
                    contact.setString(2, "person" + i + "@acme.example.com");
                    contact.setString(3, "person" + i + "@acme.example.com");
                    contact.setTimestamp(4, now);
                    contact.setTimestamp(5, now);
                    contact.addBatch();
                }
                contact.executeBatch();
            }
        }
    }
}
