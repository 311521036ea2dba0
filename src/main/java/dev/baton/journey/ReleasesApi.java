package dev.baton.journey;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;

import java.util.Set;

/** {@code POST /api/releases}: {@code {"title", "summary", "link"}}; 201 with its id, 422 naming each bad field. */
final class ReleasesApi {
    private static final Set<String> FIELDS = Set.of("title", "summary", "link");

    private final ApiAuth auth;
    private final Releases releases;

    ReleasesApi(ApiAuth auth, Releases releases) {
        this.auth = auth;
        this.releases = releases;
    }

    Response post(WebEndpointRequest req) {
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return body.refusal();
        }
        JsonElement root = body.json();
        if (root == null || !root.isJsonObject()) {
            return ApiErrors.of(400, "expected one {\"title\", \"summary\", \"link\"} object");
        }
        JsonObject release = root.getAsJsonObject();
        for (String key : release.keySet()) {
            if (!FIELDS.contains(key)) {
                return ApiErrors.of(400, "unknown field " + key + " (expected title, summary, link)");
            }
        }
        Releases.Posted posted = releases.post(ApiAuth.CRM_ACTOR, text(release, "title"), text(release, "summary"),
                text(release, "link"));
        if (posted instanceof Releases.Posted.Invalid invalid) {
            return ApiErrors.fields(422, invalid.problems());
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("id", ((Releases.Posted.Done) posted).id());
        answer.addProperty("status", "queued for the product-releases journey's next send window");
        return JsonResponse.of(201, answer.toString());
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
