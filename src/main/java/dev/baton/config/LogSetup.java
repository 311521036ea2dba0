package dev.baton.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baton's logging, set up in code (found by Logback through {@code META-INF/services}): parsing a
 * {@code logback.xml} loads Logback's whole XML configurator, which showed in start-up time. An operator's own
 * file still wins: with {@code -Dlogback.configurationFile=...} or a {@code logback(-test).xml} on the
 * class path, this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Date and time in every line, in UTC as the JSON format has them, so lines from two instances sort together. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{30} - %msg%n";
    static final List<String> QUIET = List.of("org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb", "com.slack.api");
    /**
     * While the database is away the pool warns once per pooled connection it finds dead, some with a stack trace:
     * Baton's {@code OutageLog} says it once, with when it ended. Their errors still show.
     */
    static final List<String> OUTAGE_ECHOES = List.of("com.zaxxer.hikari.pool.PoolBase",
            "com.zaxxer.hikari.pool.ProxyConnection");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || hasResource("logback-test.xml")
                || hasResource("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // read here, before the settings: logging starts with the first logger; a bad value is reported by Settings
        LogFormat format = LogFormat.parse(System.getenv(LogFormat.SETTING));
        apply(context, format == null ? LogFormat.TEXT : format);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** INFO to the console as text, and the chattiest libraries at WARN. */
    static void apply(LoggerContext context) {
        apply(context, LogFormat.TEXT);
    }

    /** INFO to the console in {@code format}, and the chattiest libraries at WARN. */
    static void apply(LoggerContext context, LogFormat format) {
        Encoder<ILoggingEvent> encoder = format == LogFormat.JSON ? jsonEncoder(context) : textEncoder(context);
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        levels().forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    /** The level Baton's set-up gives each logger it sets, by name, the root included. */
    public static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put(Logger.ROOT_LOGGER_NAME, Level.INFO);
        QUIET.forEach(name -> levels.put(name, Level.WARN));
        OUTAGE_ECHOES.forEach(name -> levels.put(name, Level.ERROR));
        return levels;
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        JsonLogLayout layout = new JsonLogLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private static boolean hasResource(String name) {
        return LogSetup.class.getClassLoader().getResource(name) != null;
    }
}
