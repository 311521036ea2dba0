package dev.baton.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.baton.config.LogSetup;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * What an operator would read in the log at WARN and above while open: the loggers are set to Baton's production
 * levels ({@link LogSetup#levels()}; the tests' own Logback file keeps libraries at ERROR) and put back on close.
 * Java's own logging (the PostgreSQL driver's) is captured too.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    /** One warning or error: its level, logger, message, and whether it carried a stack trace. */
    public record Line(String level, String logger, String message, boolean stackTrace) {
        @Override
        public String toString() {
            return "[" + level + "] " + logger + " - " + message + (stackTrace ? " (with a stack trace)" : "");
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final Handler jul = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                lines.add(new Line(record.getLevel().getName(), record.getLoggerName(), record.getMessage(),
                        record.getThrown() != null));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLogs() {
        setContext(context);
        setName("captured-" + System.identityHashCode(this));
        start();
        LogSetup.levels().forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
        julRoot.addHandler(jul);
    }

    public static CapturedLogs warnings() {
        return new CapturedLogs();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            lines.add(new Line(event.getLevel().toString(), event.getLoggerName(), event.getFormattedMessage(),
                    event.getThrowableProxy() != null));
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        julRoot.removeHandler(jul);
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        stop();
    }
}
