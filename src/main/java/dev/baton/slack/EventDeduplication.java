package dev.baton.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;

import java.time.Clock;

/**
 * Runs each Events API event once: Slack retries an event it thinks was missed (with
 * {@code X-Slack-Retry-Num}), and a retry of an event already handled is acknowledged and dropped.
 */
public final class EventDeduplication implements Middleware {
    private final SeenRequests seen;
    private final Clock clock;

    public EventDeduplication(SeenRequests seen, Clock clock) {
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        String eventId = eventId(req.getRequestBodyAsString());
        if (eventId == null) {
            return chain.next(req);
        }
        if (!seen.firstEvent(eventId, clock.instant())) {
            return Response.ok();
        }
        try {
            Response response = chain.next(req);
            if (response.getStatusCode() >= 500) {
                seen.forgetEvent(eventId);
            }
            return response;
        } catch (Exception e) {
            seen.forgetEvent(eventId);
            throw e;
        }
    }

    private static String eventId(String body) {
        try {
            JsonElement root = JsonParser.parseString(body);
            JsonObject object = root.isJsonObject() ? root.getAsJsonObject() : null;
            return object != null && object.has("event_id") ? object.get("event_id").getAsString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
