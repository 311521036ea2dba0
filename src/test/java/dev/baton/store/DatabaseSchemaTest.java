package dev.baton.store;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a database whose schema is already current skips Flyway, and checks the history afterwards. */
class DatabaseSchemaTest {

    @Test
    void theLatestMigrationConstantNamesTheNewestMigrationFile() throws Exception {
        Pattern version = Pattern.compile("V(\\d+)__.+\\.sql");
        try (Stream<Path> files = Files.list(migrations())) {
            int newest = files.map(f -> version.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(Database.LATEST_MIGRATION).isEqualTo(String.valueOf(newest));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anEmptyDatabaseIsMigratedAndThenFoundCurrent(DatabaseKind kind) throws Exception {
        String url = kind.freshUrl();
        try (Database first = open(kind, url)) {
            assertThat(Database.isCurrent(first.dataSource())).isTrue();
            try (Database second = open(kind, url)) {
                second.confirmSchema();
                second.ping();
                // the newest applied version, not a count: the numbers are shared out between branches ahead of time
                String newest = second.jdbi().withHandle(h -> h.createQuery("select version from flyway_schema_history"
                        + " where success and version is not null order by installed_rank desc limit 1")
                        .mapTo(String.class).one());
                assertThat(newest).isEqualTo(Database.LATEST_MIGRATION);
            }
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anEditedMigrationIsReportedByTheHealthCheckOnceConfirmed(DatabaseKind kind) {
        String url = kind.freshUrl();
        try (Database first = open(kind, url)) {
            first.jdbi().useHandle(h -> h.execute("update flyway_schema_history set checksum = 42 where version = '1'"));
            try (Database second = open(kind, url)) {
                second.confirmSchema();
                assertThatThrownBy(second::ping).hasMessageContaining("does not match this build's migrations")
                        .hasMessageContaining("1");
            }
        }
    }

    private static Database open(DatabaseKind kind, String url) {
        return kind == DatabaseKind.H2 ? Database.open(url, "sa", "")
                : Database.open(url, TestDatabases.postgresUser(), TestDatabases.postgresPassword());
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(DatabaseSchemaTest.class.getResource("/db/migration").toURI());
    }
}
