package dev.baton.account;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;


/** {@code POST /api/accounts}: the CRM upserts accounts by {@code crm_id}; every item is answered. */
public final class AccountsApi {
    static final int MAX_ITEMS = 5_000;

    private final ApiAuth auth;
    private final AccountImport importer;

    public AccountsApi(ApiAuth auth, AccountImport importer) {
        this.auth = auth;
        this.importer = importer;
    }

    public void register(App app) {
        app.endpoint("POST", "/api/accounts", (req, ctx) -> handle(req));
    }

    Response handle(WebEndpointRequest req) {
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return body.refusal();
        }
        JsonElement root = body.json();
        if (root == null || !root.isJsonArray()) {
            return ApiErrors.of(400, "expected a JSON array of account objects keyed by crm_id");
        }
        JsonArray items = root.getAsJsonArray();
        if (items.size() > MAX_ITEMS) {
            return ApiErrors.of(413, "at most " + MAX_ITEMS + " accounts per request, got " + items.size());
        }
        JsonObject answer = importer.upsertAll(items);
        return JsonResponse.of(200, answer.toString());
    }
}
