package dev.baton.api;

import com.google.gson.JsonObject;
import com.slack.api.bolt.response.Response;

/** JSON error answers for {@code /api/*}: {@code {"error": "..."}} with the status. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static Response of(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("error", message);
        return JsonResponse.of(status, body.toString());
    }
}
