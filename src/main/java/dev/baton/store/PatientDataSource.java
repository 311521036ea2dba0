package dev.baton.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * The pool, waiting for a connection and for each read only as long as the borrowing thread's
 * {@link DatabasePatience} allows. The pool puts a connection's own read timeout back when it is returned, so the
 * limit never outlives the borrow.
 */
final class PatientDataSource implements DataSource {
    /** The driver ignores the executor: it only sets the socket's read timeout. */
    private static final Executor DIRECT = Runnable::run;

    private final HikariDataSource pool;

    PatientDataSource(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabasePatience patience = DatabasePatience.current();
        if (patience == null || pool.isClosed()) {
            return pool.getConnection();
        }
        // the pool's own wait is one setting for every caller; its pool takes one per call
        Connection connection = ((HikariPool) pool.getHikariPoolMXBean()).getConnection(
                patience.connectionWait().toMillis());
        try {
            connection.setNetworkTimeout(DIRECT, Math.toIntExact(patience.readStall().toMillis()));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
