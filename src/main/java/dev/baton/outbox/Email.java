package dev.baton.outbox;

import com.google.gson.Gson;

import java.util.List;

/** An email as the outbox keeps it: recipients, subject, text and HTML bodies, and an optional calendar invite. */
public record Email(List<String> to, String subject, String text, String html, String calendar) {
    private static final Gson GSON = new Gson();

    public String toJson() {
        return GSON.toJson(this);
    }

    static Email fromJson(String json) {
        return GSON.fromJson(json, Email.class);
    }
}
