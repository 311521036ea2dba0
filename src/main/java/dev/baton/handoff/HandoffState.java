package dev.baton.handoff;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/** What a hand-off modal carries in {@code private_metadata}: the account and where to answer. */
record HandoffState(long accountId, String responseUrl) {
    private static final Gson GSON = new Gson();

    String toJson() {
        return GSON.toJson(this);
    }

    static Optional<HandoffState> parse(String json) {
        try {
            return Optional.ofNullable(json == null || json.isBlank() ? null : GSON.fromJson(json, HandoffState.class));
        } catch (JsonParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
