package dev.baton.usage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import dev.baton.metrics.BatonMetrics;
import dev.baton.store.DatabaseUnreachable;

import java.time.Clock;
import java.util.List;

/** {@code POST /api/usage-events} and {@code POST /api/seat-usage}: every item is answered. */
final class UsageApi {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_SEAT_REPORTS = 10_000;

    private final ApiAuth auth;
    private final UsageIngest ingest;
    private final SeatUtilisation seats;
    private final Clock clock;
    private final BatonMetrics metrics;

    UsageApi(ApiAuth auth, UsageIngest ingest, SeatUtilisation seats, Clock clock, BatonMetrics metrics) {
        this.metrics = metrics;
        this.auth = auth;
        this.ingest = ingest;
        this.seats = seats;
        this.clock = clock;
    }

    Response events(WebEndpointRequest req) {
        var refused = auth.refuse(req);
        if (refused.isPresent()) {
            return refused.get();
        }
        UsageEventsBody.Items items = UsageEventsBody.read(req.getRequestBodyAsString(), clock.instant(), MAX_EVENTS);
        if (items.refusal() != null) {
            return items.refusal();
        }
        List<String> reasons = ingestAll(items);
        int rejected = (int) reasons.stream().filter(java.util.Objects::nonNull).count();
        metrics.usageEvents(reasons.size() - rejected, rejected);
        return JsonResponse.of(200, answer(reasons));
    }

    /** Stores the valid items together; answers, per item, null or why it was rejected. */
    private List<String> ingestAll(UsageEventsBody.Items items) {
        List<String> reasons = items.reasons();
        List<String> stored = ingest.ingest(items.events());
        for (int i = 0; i < stored.size(); i++) {
            reasons.set(items.positions().get(i), stored.get(i));
        }
        return reasons;
    }

    /** Written directly: a 10,000-item answer built as a JSON tree cost more than storing the events. */
    private static String answer(List<String> reasons) {
        StringBuilder items = new StringBuilder(reasons.size() * 34);
        int rejected = 0;
        for (int i = 0; i < reasons.size(); i++) {
            items.append(i == 0 ? "" : ",").append("{\"index\":").append(i);
            if (reasons.get(i) == null) {
                items.append(",\"status\":\"accepted\"}");
            } else {
                items.append(",\"status\":\"rejected\",\"reason\":").append(new JsonPrimitive(reasons.get(i))).append('}');
                rejected++;
            }
        }
        return "{\"accepted\":" + (reasons.size() - rejected) + ",\"rejected\":" + rejected + ",\"items\":[" + items + "]}";
    }

    Response seatUsage(WebEndpointRequest req) {
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return body.refusal();
        }
        JsonElement root = body.json();
        if (root == null || !(root.isJsonArray() || root.isJsonObject())) {
            return ApiErrors.of(400, "expected a {account, active_users, seats_purchased, as_of} object or an array of them");
        }
        JsonArray items = root.isJsonArray() ? root.getAsJsonArray() : single(root);
        if (items.size() > MAX_SEAT_REPORTS) {
            return ApiErrors.of(413, "at most " + MAX_SEAT_REPORTS + " reports per request, got " + items.size());
        }
        return JsonResponse.of(200, seatAnswers(items).toString());
    }

    private JsonObject seatAnswers(JsonArray items) {
        JsonArray results = new JsonArray();
        int rejected = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonObject result;
            try {
                result = seats.report(SeatReport.parse(items.get(i)));
            } catch (IllegalArgumentException e) {
                result = new JsonObject();
                result.addProperty("status", "rejected");
                result.addProperty("reason", e.getMessage());
            } catch (org.jdbi.v3.core.JdbiException e) {
                if (DatabaseUnreachable.in(e)) {
                    throw e; // every later report would wait for the database too: the whole request is answered 503
                }
                result = new JsonObject();
                result.addProperty("status", "rejected");
                result.addProperty("reason", UsageIngest.RETRY_REASON);
            }
            result.addProperty("index", i);
            rejected += "rejected".equals(result.get("status").getAsString()) ? 1 : 0;
            results.add(result);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("accepted", items.size() - rejected);
        answer.addProperty("rejected", rejected);
        answer.add("items", results);
        return answer;
    }

    private static JsonArray single(JsonElement item) {
        JsonArray array = new JsonArray();
        array.add(item);
        return array;
    }
}
