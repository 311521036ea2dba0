package dev.baton.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An outage is one warning per kind of work, then one line when it ends; other failures are left to the caller. */
class OutageLogTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(OutageLog.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level levelBefore;
    private final OutageLog outages = new OutageLog();

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
    }

    private static Exception refused() {
        return new IllegalStateException(new SQLTransientConnectionException("request timed out",
                new java.net.ConnectException("Connection refused")));
    }

    private List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void eachKindOfWorkIsWarnedAboutOnceAndTheEndIsOneLineWithTheCounts() {
        for (int i = 0; i < 30; i++) {
            assertThat(outages.failed("outbox delivery", refused())).isTrue();
        }
        assertThat(outages.failed("Slack requests", refused())).isTrue();
        assertThat(outages.down()).isTrue();
        outages.reachable();
        outages.reachable();

        assertThat(lines()).containsExactly(
                "WARN Database unreachable: outbox delivery failed (ConnectException: Connection refused); "
                        + "not logged again until the database answers",
                "WARN Database unreachable: Slack requests failed (ConnectException: Connection refused); "
                        + "not logged again until the database answers",
                "INFO Database reachable again after 0 s; failed meanwhile: Slack requests (1), outbox delivery (30)");
        assertThat(outages.down()).isFalse();
        assertThat(appender.list).allMatch(e -> e.getThrowableProxy() == null);
    }

    @Test
    void theNextOutageIsWarnedAboutAgain() {
        outages.failed("outbox delivery", refused());
        outages.reachable();
        outages.failed("outbox delivery", refused());
        assertThat(lines()).filteredOn(line -> line.startsWith("WARN")).hasSize(2);
    }

    @Test
    void otherFailuresAreLeftToTheCallerAndSuccessWithoutAnOutageSaysNothing() {
        assertThat(outages.failed("outbox delivery", new SQLException("duplicate key", "23505"))).isFalse();
        outages.reachable();
        assertThat(lines()).isEmpty();
        assertThat(outages.down()).isFalse();
    }
}
