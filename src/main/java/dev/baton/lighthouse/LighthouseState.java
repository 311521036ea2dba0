package dev.baton.lighthouse;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/** What a Lighthouse modal carries in {@code private_metadata}: what it is about (an account or a proposal), and the card. */
record LighthouseState(long id, String responseUrl) {
    private static final Gson GSON = new Gson();

    String toJson() {
        return GSON.toJson(this);
    }

    static Optional<LighthouseState> parse(String json) {
        try {
            return Optional.ofNullable(json == null || json.isBlank() ? null : GSON.fromJson(json, LighthouseState.class));
        } catch (JsonParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
