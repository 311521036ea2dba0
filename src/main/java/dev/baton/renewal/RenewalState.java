package dev.baton.renewal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/** What a renewal modal carries in {@code private_metadata}: the cycle, and the card to refresh once it is saved. */
record RenewalState(long cycleId, String responseUrl) {
    private static final Gson GSON = new Gson();

    String toJson() {
        return GSON.toJson(this);
    }

    static Optional<RenewalState> parse(String json) {
        try {
            return Optional.ofNullable(json == null || json.isBlank() ? null : GSON.fromJson(json, RenewalState.class));
        } catch (JsonParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
