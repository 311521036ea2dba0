package dev.baton.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing, silent past a timeout)
 * from every other failure, so the one place that catches it can answer "try again in a minute" instead of a 500.
 */
public final class DatabaseUnreachable {
    private DatabaseUnreachable() {
    }

    /**
     * Whether anything in the cause chain says the connection failed: the pool gave none in time, the driver's
     * SQLSTATE class 08 (connection exception), or PostgreSQL shutting down, crashed or still starting (57P01-03).
     */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, in its own words ({@code ConnectException: Connection refused}), for a log line. */
    public static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String name = innermost.getClass().getSimpleName();
        return innermost.getMessage() == null ? name : name + ": " + innermost.getMessage();
    }
}
