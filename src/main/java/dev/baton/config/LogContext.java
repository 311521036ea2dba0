package dev.baton.config;

import org.slf4j.MDC;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The names Baton puts in the logging context (SLF4J's MDC), so every line logged while a Slack request runs, and
 * the line of each outbox send it queued, names the request: the JSON log format writes them as fields.
 */
public final class LogContext {
    public static final String REQUEST_ID = "request_id";
    public static final String TEAM = "team";
    public static final String USER = "user";
    /** The slash command, action id, view callback id or event type. */
    public static final String SLACK_ID = "slack_id";

    private LogContext() {
    }

    /** Names a Slack request that starts running on this thread, with a new request id. */
    public static void slackRequest(String team, String user, String slackId) {
        MDC.put(REQUEST_ID, newRequestId());
        put(TEAM, team);
        put(USER, user);
        put(SLACK_ID, slackId);
    }

    /** The id of the request running on this thread, or null outside one. */
    public static String requestId() {
        return MDC.get(REQUEST_ID);
    }

    /** Names the request whose outbox row is being sent (null: the row was queued outside a request). */
    public static void sending(String requestId) {
        put(REQUEST_ID, requestId);
    }

    public static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(TEAM);
        MDC.remove(USER);
        MDC.remove(SLACK_ID);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /**
     * 16 hex digits: short enough to read in a log line, random enough not to repeat. Not a secret, so not from
     * {@code SecureRandom}, whose lock every request thread would share.
     */
    private static String newRequestId() {
        String hex = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return hex.length() == 16 ? hex : "0".repeat(16 - hex.length()) + hex;
    }
}
