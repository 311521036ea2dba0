package dev.baton.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code BATON_LOG_FORMAT}: one JSON object a line with the request's context, and a bad value named at start. */
class JsonLogFormatTest {

    @Test
    void writesOneJsonObjectALineWithTheTimeTheContextAndTheStackTrace() {
        LoggerContext context = new LoggerContext();
        LogSetup.apply(context, LogFormat.JSON);
        Logger logger = context.getLogger("dev.baton.outbox.OutboxSender");
        @SuppressWarnings("unchecked")
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "Outbox {} sent to {}", new IllegalStateException("boom"), new Object[] {"roles:\"1\"\n<!channel>", "U1"});
        event.setMDCPropertyMap(Map.of(LogContext.REQUEST_ID, "4f2a", LogContext.TEAM, "T0TEST",
                LogContext.USER, "U0LEADER", LogContext.SLACK_ID, "/roles"));

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n\t").hasLineCount(1);
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        assertThat(json.get("time").getAsString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(json.get("level").getAsString()).isEqualTo("WARN");
        assertThat(json.get("logger").getAsString()).isEqualTo("dev.baton.outbox.OutboxSender");
        assertThat(json.get("message").getAsString()).isEqualTo("Outbox roles:\"1\"\n<!channel> sent to U1");
        assertThat(json.get("request_id").getAsString()).isEqualTo("4f2a");
        assertThat(json.get("team").getAsString()).isEqualTo("T0TEST");
        assertThat(json.get("user").getAsString()).isEqualTo("U0LEADER");
        assertThat(json.get("slack_id").getAsString()).isEqualTo("/roles");
        assertThat(json.get("exception").getAsString()).contains("IllegalStateException: boom");
    }

    @Test
    void textLinesStartWithTheDateAndTime() {
        assertThat(LogSetup.PATTERN).startsWith("%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} ");
    }

    @Test
    void aFormatThatIsNeitherIsNamedAtStartUp() {
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "BATON_LOG_FORMAT", "xml");
        assertThatThrownBy(() -> Settings.fromEnvironment(env)).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("BATON_LOG_FORMAT must be text or json, not 'xml'");
        assertThat(Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "BATON_LOG_FORMAT", " JSON ")).logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"))
                .logFormat()).isEqualTo(LogFormat.TEXT);
    }
}
