package dev.baton.outbox;

import com.google.gson.Gson;

import java.util.List;
import java.util.Map;

/**
 * An email as the outbox keeps it: recipients, subject, text and HTML bodies, and an optional calendar invite.
 * A customer-facing email adds its own headers (List-Unsubscribe) and is {@code bounceable}: an address the
 * server refuses permanently marks the row bounced, for its sender to deal with, instead of a dead letter.
 */
public record Email(List<String> to, String subject, String text, String html, String calendar,
                    Map<String, String> headers, boolean bounceable) {
    private static final Gson GSON = new Gson();

    public Email(List<String> to, String subject, String text, String html, String calendar) {
        this(to, subject, text, html, calendar, Map.of(), false);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    static Email fromJson(String json) {
        return GSON.fromJson(json, Email.class);
    }
}
