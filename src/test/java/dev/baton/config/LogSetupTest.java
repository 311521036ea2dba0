package dev.baton.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {
    @Test
    void logsInfoToTheConsoleAndQuietsTheChattyLibraries() {
        LoggerContext context = new LoggerContext();
        LogSetup.apply(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("STDOUT")).isInstanceOfSatisfying(ConsoleAppender.class, console -> {
            assertThat(console.isStarted()).isTrue();
            assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LogSetup.PATTERN);
        });
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.slack.api.bolt.App").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.baton.Baton").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void stepsAsideForAConfigurationFileOnTheClassPath() {
        // the tests' logback-test.xml is on the class path, as an operator's logback.xml would be
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
    }

    @Test
    void isRegisteredForLogbacksServiceLoader() throws Exception {
        try (InputStream services = getClass().getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(services.readAllBytes()).trim()).isEqualTo(LogSetup.class.getName());
        }
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogSetup.class);
    }
}
