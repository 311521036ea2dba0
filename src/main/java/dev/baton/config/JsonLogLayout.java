package dev.baton.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One JSON object a line ({@code BATON_LOG_FORMAT=json}): the time (ISO-8601, UTC), level, thread, logger, message,
 * the logging context's fields (a Slack request's {@code request_id}, {@code team}, {@code user}, {@code slack_id})
 * and a stack trace as one string, so a log pipeline reads each line without parsing text.
 */
final class JsonLogLayout extends LayoutBase<ILoggingEvent> {

    @Override
    public String doLayout(ILoggingEvent event) {
        StringWriter line = new StringWriter(256);
        try (JsonWriter json = new JsonWriter(line)) {
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("time").value(Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.name("level").value(event.getLevel().toString());
            json.name("thread").value(event.getThreadName());
            json.name("logger").value(event.getLoggerName());
            json.name("message").value(event.getFormattedMessage());
            Map<String, String> context = event.getMDCPropertyMap();
            if (context != null) {
                for (Map.Entry<String, String> field : context.entrySet()) {
                    json.name(field.getKey()).value(field.getValue());
                }
            }
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                json.name("exception").value(ThrowableProxyUtil.asString(thrown));
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.append(CoreConstants.LINE_SEPARATOR).toString();
    }
}
