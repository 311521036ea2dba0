package dev.baton.store;

import dev.baton.testing.TcpProxy;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL behind a proxy that can go silent: a thread's patience ends a stalled read and a wait for a
 * connection, and lasts only as long as the borrow.
 */
class DatabasePatienceTest {
    private static final DatabasePatience SHORT = new DatabasePatience(Duration.ofMillis(300), Duration.ofMillis(300));
    private TcpProxy proxy;
    private Database db;

    @BeforeEach
    void open() {
        assumeTrue(TestDatabases.postgresAvailable(), "BATON_TEST_POSTGRES_URL is not set");
        URI server = URI.create(TestDatabases.POSTGRES_URL.substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        db = Database.open(TestDatabases.postgresSchemaUrl().replace("//" + server.getAuthority() + "/",
                "//127.0.0.1:" + proxy.port() + "/"), TestDatabases.postgresUser(), TestDatabases.postgresPassword());
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private int selectOne() {
        return db.jdbi().withHandle(h -> h.select("select 1").mapTo(Integer.class).one());
    }

    /** Runs {@code work} with {@link #SHORT} patience, checks that it gave up within {@code bound}, answers why. */
    private Throwable failureWithin(Duration bound, Runnable work) {
        long started = System.nanoTime();
        Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowable(() ->
                DatabasePatience.during(SHORT, work)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(bound);
        return failure;
    }

    @Test
    void aReadOnASilentDatabaseGivesUpAfterTheThreadsPatience() {
        selectOne(); // the connection handed out next is then fresh enough for the pool not to check it first
        proxy.blackHole();
        Throwable failure = failureWithin(Duration.ofMillis(1_000), this::selectOne);
        assertThat(DatabaseUnreachable.in(failure)).as(String.valueOf(failure)).isTrue();
    }

    @Test
    void aWaitForAConnectionGivesUpAfterTheThreadsPatienceNotThePools() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < Database.poolSize(TestDatabases.POSTGRES_URL); i++) {
                held.add(db.dataSource().getConnection());
            }
            Throwable failure = failureWithin(Duration.ofMillis(1_500), this::selectOne);
            assertThat(DatabaseUnreachable.in(failure)).as(String.valueOf(failure)).isTrue();
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void thePatienceLastsOnlyAsLongAsTheBorrow() throws SQLException {
        DatabasePatience.during(SHORT, () -> {
            try (Connection patient = db.dataSource().getConnection()) {
                assertThat(patient.getNetworkTimeout()).isEqualTo(300);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection again = db.dataSource().getConnection()) {
            assertThat(again.getNetworkTimeout()).isZero();
        }
    }
}
