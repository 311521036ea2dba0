package dev.baton.health;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import dev.baton.api.JsonResponse;
import dev.baton.store.Database;
import dev.baton.store.DatabaseUnreachable;

import com.google.gson.JsonObject;

/** {@code GET /healthz}: 200 when the database answers, 503 with the reason when it does not. */
public final class HealthEndpoint {
    private final Database database;

    public HealthEndpoint(Database database) {
        this.database = database;
    }

    public void register(App app) {
        app.endpoint("GET", "/healthz", (req, ctx) -> check());
    }

    Response check() {
        JsonObject body = new JsonObject();
        try {
            database.ping();
            body.addProperty("status", "ok");
            return JsonResponse.of(200, body.toString());
        } catch (Exception e) {
            body.addProperty("status", "unavailable");
            body.addProperty("reason", DatabaseUnreachable.in(e) ? "database unreachable: " + DatabaseUnreachable.reason(e)
                    : "database: " + e.getMessage());
            return JsonResponse.of(503, body.toString());
        }
    }
}
