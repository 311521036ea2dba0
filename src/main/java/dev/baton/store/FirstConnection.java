package dev.baton.store;

import dev.baton.config.StartupFailure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The first connection to the database, opened with the driver itself before the pool: when it fails, the
 * operator gets one line naming {@code BATON_DATABASE_URL} and the driver's reason, where the pool would log
 * its own failure with a stack trace. Held open while the pool starts, so embedded H2 opens its file once.
 */
final class FirstConnection implements AutoCloseable {
    /** H2's error code for a database file another process holds open. */
    static final int H2_DATABASE_IN_USE = 90020;

    private final Connection connection;

    private FirstConnection(Connection connection) {
        this.connection = connection;
    }

    /** Connects to {@code url}; a failure names {@code shownUrl}, the URL as the operator set it. */
    static FirstConnection open(String url, String shownUrl, String user, String password) {
        try {
            return new FirstConnection(DriverManager.getConnection(url, user, password));
        } catch (SQLException e) {
            throw failure(shownUrl, user, e);
        }
    }

    static StartupFailure failure(String url, String user, SQLException e) {
        String where = "BATON_DATABASE_URL " + withoutPassword(url);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e.getErrorCode() == H2_DATABASE_IN_USE) {
            return new StartupFailure(where + ": the database is in use by another process (embedded H2 lets one "
                    + "process open a file unless every URL sets AUTO_SERVER=TRUE): " + reason);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
            return new StartupFailure(where + ": the database refused BATON_DATABASE_USER " + user
                    + " or BATON_DATABASE_PASSWORD: " + reason);
        }
        if (reason.startsWith("No suitable driver")) {
            return new StartupFailure(where + ": not a database Baton runs on (jdbc:h2:... or jdbc:postgresql://...)");
        }
        return new StartupFailure(where + ": cannot connect: " + reason);
    }

    /** The URL as it may be shown: a password given in it (PostgreSQL's {@code ?password=}) is masked. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the pool holds its own connections by now; this one only kept H2's file open meanwhile
        }
    }
}
