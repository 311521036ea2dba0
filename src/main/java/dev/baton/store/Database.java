package dev.baton.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;

/** The connection pool, the migrated schema and the Jdbi handle every DAO is attached through. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens a pool on the URL and brings the schema up to date with the Flyway migrations. */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(h2Compatible(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("baton");
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
            return new Database(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Runs H2 in its PostgreSQL mode so one set of SQL files (ON CONFLICT, lower-case names) serves both.
     */
    static String h2Compatible(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=")) {
            return url;
        }
        return url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Answers whether the database takes a trivial query within two seconds. */
    public void ping() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new java.sql.SQLException("the database did not answer within 2 s");
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
