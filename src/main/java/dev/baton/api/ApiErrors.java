package dev.baton.api;

import com.google.gson.JsonObject;
import com.slack.api.bolt.response.Response;

import java.util.Map;

/** JSON error answers for {@code /api/*}: {@code {"error": "..."}} with the status. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static Response of(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("error", message);
        return JsonResponse.of(status, body.toString());
    }

    /** Field problems: {@code {"error": "<every problem>", "fields": {"<field>": "<its problem>", ...}}}. */
    public static Response fields(int status, Map<String, String> problems) {
        JsonObject body = new JsonObject();
        body.addProperty("error", String.join("; ", problems.values()));
        JsonObject byField = new JsonObject();
        problems.forEach(byField::addProperty);
        body.add("fields", byField);
        return JsonResponse.of(status, body.toString());
    }
}
