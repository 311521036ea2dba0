package dev.baton.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;

/** An {@code /api/*} request's JSON body, read only once the bearer token checks out. */
public record ApiBody(JsonElement json, Response refusal) {

    /** Checks the token, then parses the body; {@link #refusal()} answers 401/503 or 400 (naming where) when either fails. */
    public static ApiBody read(ApiAuth auth, WebEndpointRequest req) {
        var refused = auth.refuse(req);
        if (refused.isPresent()) {
            return new ApiBody(null, refused.get());
        }
        try {
            return new ApiBody(JsonParser.parseString(req.getRequestBodyAsString()), null);
        } catch (JsonParseException e) {
            return new ApiBody(null, ApiErrors.of(400, "malformed JSON: " + e.getMessage()));
        }
    }

    public boolean refused() {
        return refusal != null;
    }
}
