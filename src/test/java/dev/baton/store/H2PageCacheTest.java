package dev.baton.store;

import dev.baton.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded H2 gets a page cache sized to the heap, and can fill it with the accounts and contacts at start. The
 * warm-up is checked by what H2 says it ran and what each of those queries visits, both exact counts (the cache's
 * own size statistic is in whole megabytes, so a small warm-up can leave it where it was).
 */
class H2PageCacheTest {
    private static final long MB = 1024 * 1024;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Integer> ROWS = Map.of("account", 20, "contact", 2_000);
    /** A table read row by row in an EXPLAIN ANALYZE plan: its name, then the access comment, then the rows visited. */
    private static final Pattern SCAN = Pattern.compile("FROM \"\\w+\"\\.\"(\\w+)\"\\s+/\\*[^*]*\\*/\\s+/\\* scanCount: (\\d+) \\*/");
    private static final Pattern CACHE_SIZE = Pattern.compile(";CACHE_SIZE=(\\d+)$");

    @Test
    void aQuarterOfTheHeapBetweenH2sDefaultAnd256Megabytes() {
        assertThat(DatabaseUrl.h2PageCache("jdbc:h2:file:./data/baton", 6144 * MB)).endsWith(";CACHE_SIZE=262144");
        assertThat(DatabaseUrl.h2PageCache("jdbc:h2:file:./data/baton", 512 * MB)).endsWith(";CACHE_SIZE=131072");
        assertThat(DatabaseUrl.h2PageCache("jdbc:h2:file:./data/baton", 32 * MB)).endsWith(";CACHE_SIZE=16384");
    }

    @Test
    void aUrlThatSetsTheCacheOrIsNotH2IsKept() {
        assertThat(DatabaseUrl.h2PageCache("jdbc:h2:file:./x;cache_size=1024", 6144 * MB)).isEqualTo("jdbc:h2:file:./x;cache_size=1024");
        assertThat(DatabaseUrl.h2PageCache("jdbc:postgresql://db/baton", 6144 * MB)).isEqualTo("jdbc:postgresql://db/baton");
    }

    @Test
    void theOpenedDatabaseHasTheCacheItsUrlAsksFor(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("baton").toAbsolutePath();
        Matcher asked = CACHE_SIZE.matcher(DatabaseUrl.h2PageCache(url, Runtime.getRuntime().maxMemory()));
        assertThat(asked.find()).isTrue();
        try (Database db = Database.open(url, "sa", "")) {
            assertThat(setting(db, "info.CACHE_MAX_SIZE")).isEqualTo(Long.parseLong(asked.group(1)) / 1024);
        }
    }

    @Test
    void theWarmUpReadsEveryAccountAndContactRowTwice(@TempDir Path dir) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("baton").toAbsolutePath(), "sa", "")) {
            insertAccountsAndContacts(db);
            db.jdbi().useHandle(h -> h.execute("SET QUERY_STATISTICS TRUE"));

            db.warmPageCache();

            Map<String, Integer> ran = statementsRun(db);
            // twice: the second read is what makes H2's cache keep a page (see Database.warmPageCache)
            assertThat(ran).isNotEmpty().allSatisfy((sql, times) -> assertThat(times).as(sql).isEqualTo(2));
            Set<String> tables = new HashSet<>();
            for (String sql : ran.keySet()) {
                String plan = explainAnalyze(db, sql);
                Matcher scan = SCAN.matcher(plan);
                // a count answered from the table's row count ("direct lookup") reads no page and shows no scan
                assertThat(scan.find()).as("rows read by " + plan).isTrue();
                assertThat(ROWS).as(plan).containsKey(scan.group(1));
                assertThat(Long.parseLong(scan.group(2))).as(plan).isGreaterThanOrEqualTo(ROWS.get(scan.group(1)));
                tables.add(scan.group(1));
            }
            assertThat(tables).containsExactlyInAnyOrder("account", "contact");
        }
    }

    /**
     * The queries H2 ran since statistics were switched on, with how often, leaving out these tests' own queries and
     * the session settings a pool connection opened meanwhile runs (SET MODE, CALL READONLY(): once per connection).
     */
    private static Map<String, Integer> statementsRun(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select sql_statement, execution_count"
                        + " from information_schema.query_statistics where lower(sql_statement) not like '%information_schema%'"
                        + " and lower(sql_statement) like 'select%'")
                .reduceRows(new java.util.HashMap<String, Integer>(), (run, row) -> {
                    run.put(row.getColumn("sql_statement", String.class), row.getColumn("execution_count", Integer.class));
                    return run;
                }));
    }

    private static String explainAnalyze(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery("explain analyze " + sql).mapTo(String.class).one());
    }

    private static long setting(Database db, String name) {
        return Long.parseLong(db.jdbi().withHandle(h -> h.createQuery(
                "select setting_value from information_schema.settings where setting_name = :name")
                .bind("name", name).mapTo(String.class).one()));
    }

    private static void insertAccountsAndContacts(Database db) throws Exception {
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < ROWS.get("account"); i++) {
            accounts.add(Fixtures.account(db.jdbi(), CLOCK, "Acme " + i, "CRM" + i));
        }
        Timestamp now = Timestamp.from(CLOCK.instant());
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, title, email,"
                     + " email_key, roles, instance_admin, created_at, updated_at) values (?, ?, 'Director', ?, ?, ',', false, ?, ?)")) {
            for (int i = 0; i < ROWS.get("contact"); i++) {
                contact.setLong(1, accounts.get(i % accounts.size()));
                contact.setString(2, "Person number " + i + " of Acme Corporation");
                contact.setString(3, "person" + i + "@acme.example.com");
                contact.setString(4, "person" + i + "@acme.example.com");
                contact.setTimestamp(5, now);
                contact.setTimestamp(6, now);
                contact.addBatch();
            }
            contact.executeBatch();
        }
    }
}
