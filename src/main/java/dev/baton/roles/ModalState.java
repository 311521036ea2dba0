package dev.baton.roles;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/** What the contact modal carries in {@code private_metadata}: where it came from and what to update after. */
record ModalState(long accountId, Long contactId, int page, String responseUrl) {
    private static final Gson GSON = new Gson();

    String toJson() {
        return GSON.toJson(this);
    }

    static Optional<ModalState> parse(String json) {
        try {
            ModalState state = GSON.fromJson(json, ModalState.class);
            return state == null || state.accountId <= 0 ? Optional.empty() : Optional.of(state);
        } catch (JsonParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
