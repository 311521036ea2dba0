package dev.baton.accounthealth;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import dev.baton.slack.PathEndpointServlet;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/accounts/{crm_id}/health}: the account's latest score, band, components, missing inputs, the
 * weights, when it was computed and the weekly trend (newest first, up to {@link #WEEKS} weeks).
 */
final class HealthApi {
    static final String PATH = "/api/accounts/*";
    private static final int WEEKS = 12;
    private final ApiAuth auth;
    private final Jdbi jdbi;
    private final HealthWeights weights;

    HealthApi(ApiAuth auth, Jdbi jdbi, HealthWeights weights) {
        this.auth = auth;
        this.jdbi = jdbi;
        this.weights = weights;
    }

    Response handle(WebEndpointRequest request) {
        Optional<Response> refused = auth.refuse(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String rest = Optional.ofNullable(request.getHeaders().getFirstValue(PathEndpointServlet.PATH_HEADER))
                .orElse("");
        if (!rest.startsWith("/") || !rest.endsWith("/health") || rest.length() <= "//health".length() - 1) {
            return ApiErrors.of(404, "no such resource: use GET /api/accounts/{crm_id}/health");
        }
        String crmId = rest.substring(1, rest.length() - "/health".length());
        if (crmId.isBlank() || crmId.contains("/")) {
            return ApiErrors.of(404, "no such resource: use GET /api/accounts/{crm_id}/health");
        }
        return jdbi.withHandle(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findByCrmId(crmId);
            if (account.isEmpty()) {
                return ApiErrors.of(404, "unknown account " + crmId);
            }
            HealthReadDao read = handle.attach(HealthReadDao.class);
            return JsonResponse.of(200, body(crmId, read.current(account.get().id()),
                    read.weeks(account.get().id(), WEEKS)).toString());
        });
    }

    private JsonObject body(String crmId, Optional<StoredHealth> stored, List<HealthWeek> weeks) {
        JsonObject body = new JsonObject();
        body.addProperty("crm_id", crmId);
        body.addProperty("score", stored.map(StoredHealth::score).orElse(null));
        body.addProperty("band", stored.map(StoredHealth::band).orElse(null));
        JsonObject components = new JsonObject();
        stored.ifPresent(s -> s.componentMap().forEach(components::addProperty));
        body.add("components", components);
        JsonArray missing = new JsonArray();
        if (stored.isPresent()) {
            stored.get().missingList().forEach(missing::add);
        } else {
            for (Component component : Component.values()) {
                missing.add(component.key());
            }
        }
        body.add("missing", missing);
        JsonObject weighting = new JsonObject();
        for (Component component : Component.values()) {
            weighting.addProperty(component.key(), weights.of(component));
        }
        body.add("weights", weighting);
        body.addProperty("green_from", weights.greenFrom());
        body.addProperty("yellow_from", weights.yellowFrom());
        body.addProperty("computed_at", stored.map(s -> s.computedAt().toString()).orElse(null));
        body.addProperty("trend", HealthTrend.arrow(weeks));
        JsonArray trend = new JsonArray();
        for (HealthWeek week : weeks) {
            JsonObject item = new JsonObject();
            item.addProperty("week_start", week.weekStart().toString());
            item.addProperty("score", week.score());
            item.addProperty("band", week.band());
            trend.add(item);
        }
        body.add("weeks", trend);
        return body;
    }
}
