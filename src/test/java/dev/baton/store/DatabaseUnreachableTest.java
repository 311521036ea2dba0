package dev.baton.store;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is out of reach", as the pool, the driver and JDBI report them. */
class DatabaseUnreachableTest {

    @Test
    void thePoolGivingNoConnectionInTimeIsUnreachable() {
        var timedOut = new ConnectionException(new SQLTransientConnectionException(
                "baton - Connection is not available, request timed out after 1000ms",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused"))));
        assertThat(DatabaseUnreachable.in(timedOut)).isTrue();
        assertThat(DatabaseUnreachable.reason(timedOut)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void aConnectionLostMidStatementOrAServerShuttingDownIsUnreachable() {
        var lost = new IllegalStateException("could not record a Slack request's signature",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseUnreachable.in(lost)).isTrue();
        var shuttingDown = new UnableToExecuteStatementException(
                new SQLException("terminating connection due to administrator command", "57P01"), null);
        assertThat(DatabaseUnreachable.in(shuttingDown)).isTrue();
        assertThat(DatabaseUnreachable.in(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void everyOtherFailureIsNot() {
        assertThat(DatabaseUnreachable.in(new UnableToExecuteStatementException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"), null))).isFalse();
        assertThat(DatabaseUnreachable.in(new SQLException("canceling statement due to lock timeout", "55P03"))).isFalse();
        assertThat(DatabaseUnreachable.in(new SQLException("HikariDataSource (baton) has been closed."))).isFalse();
        assertThat(DatabaseUnreachable.in(new IllegalArgumentException("no such account"))).isFalse();
    }
}
