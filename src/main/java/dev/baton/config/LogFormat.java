package dev.baton.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code BATON_LOG_FORMAT}: lines of text (the default), or one JSON object a line for a log pipeline. */
public enum LogFormat {
    TEXT, JSON;

    static final String SETTING = "BATON_LOG_FORMAT";

    /** The format set, or {@link #TEXT}; a value that is neither adds a problem naming the setting. */
    static LogFormat fromEnvironment(Map<String, String> env, List<String> problems) {
        String raw = env.get(SETTING);
        LogFormat format = parse(raw);
        if (format == null) {
            problems.add(SETTING + " must be text or json, not '" + raw + "'");
            return TEXT;
        }
        return format;
    }

    /** The format {@code raw} names; {@link #TEXT} when blank; null when it names none. */
    static LogFormat parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return TEXT;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
