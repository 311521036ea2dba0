package dev.baton.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.List;

/**
 * Baton's logging, set up in code (found by Logback through {@code META-INF/services}): parsing a
 * {@code logback.xml} loads Logback's whole XML configurator, about a tenth of start-up. An operator's own
 * file still wins: with {@code -Dlogback.configurationFile=...} or a {@code logback(-test).xml} on the
 * class path, this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    static final List<String> QUIET = List.of("org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb", "com.slack.api");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || hasResource("logback-test.xml")
                || hasResource("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** INFO to the console, and the chattiest libraries at WARN. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
    }

    private static boolean hasResource(String name) {
        return LogSetup.class.getClassLoader().getResource(name) != null;
    }
}
