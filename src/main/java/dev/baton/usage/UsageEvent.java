package dev.baton.usage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** One valid usage event: a user of an account (by CRM id) used a feature at a time. */
public record UsageEvent(String crmId, String featureKey, String feature, String userKey, Instant occurredAt) {
    static final int MAX_TEXT = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Clocks drift; an event much further ahead than this is a bad timestamp, not a future use. */
    static final Duration FUTURE_SLACK = Duration.ofDays(1);

    /** Validates the four fields as sent; the exception names what is wrong with the item. */
    public static UsageEvent parse(String account, String feature, String user, String occurredAt, Instant now) {
        String crmId = required("account", account);
        FeatureNames.Name name = FeatureNames.of(required("feature", feature));
        String userKey = required("user", user);
        Instant at = timestamp(required("occurred_at", occurredAt));
        if (at.isAfter(now.plus(FUTURE_SLACK))) {
            throw new IllegalArgumentException("bad timestamp: occurred_at " + occurredAt + " is in the future");
        }
        return new UsageEvent(crmId, name.key(), name.feature(), userKey, at);
    }

    /** Features are matched by name, ignoring case and extra spaces. */
    public static String featureKey(String feature) {
        return collapseSpaces(feature.trim()).toLowerCase(Locale.ROOT);
    }

    /** Runs of whitespace as one space; without the regex when there are none (most names: this runs per event). */
    static String collapseSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.getAsString();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field: " + field);
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    static Instant timestamp(String text) {
        Instant utc = UtcTimestamp.parse(text);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp: occurred_at must be ISO-8601 with an offset "
                    + "(2026-11-02T15:04:00Z), not " + text);
        }
    }
}
