package dev.baton.testing;

import dev.baton.store.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases for tests, always through the real migrations: an in-memory H2 per call, or a new
 * schema on the PostgreSQL server named by {@code BATON_TEST_POSTGRES_URL} (CI starts one).
 */
public final class TestDatabases {
    public static final String POSTGRES_URL = System.getenv("BATON_TEST_POSTGRES_URL");

    private TestDatabases() {
    }

    public static String h2Url() {
        return "jdbc:h2:mem:baton-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static Database h2() {
        return Database.open(h2Url(), "sa", "");
    }

    public static boolean postgresAvailable() {
        return POSTGRES_URL != null && !POSTGRES_URL.isBlank();
    }

    /** A JDBC URL for a brand-new schema on the test PostgreSQL server. */
    public static String postgresSchemaUrl() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + POSTGRES_URL, e);
        }
        return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static Database postgres() {
        return Database.open(postgresSchemaUrl(), postgresUser(), postgresPassword());
    }

    /** {@code @MethodSource(TestDatabases.KINDS)}: a store test runs once per database of {@link #kinds()}. */
    public static final String KINDS = "dev.baton.testing.TestDatabases#kinds";

    /** The databases every store test runs on: H2 always, PostgreSQL when the server is given. */
    public static java.util.stream.Stream<DatabaseKind> kinds() {
        return postgresAvailable() ? java.util.stream.Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL)
                : java.util.stream.Stream.of(DatabaseKind.H2);
    }

    public static String postgresUser() {
        return System.getenv().getOrDefault("BATON_TEST_POSTGRES_USER", "baton");
    }

    public static String postgresPassword() {
        return System.getenv().getOrDefault("BATON_TEST_POSTGRES_PASSWORD", "baton");
    }
}
