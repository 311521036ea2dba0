package dev.baton.journey;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/email-events}: the mail provider's bounces and complaints, signed with the shared secret
 * {@code BATON_EMAIL_EVENTS_SECRET} ({@code X-Baton-Signature: sha256=<hex HMAC-SHA256 of the body>}). A bounce
 * marks the address's latest journey email and its contact bounced (the TA is asked to fix it); a complaint
 * unsubscribes the contact. Unsigned or wrongly signed: 401; no secret set: 503.
 */
final class EmailEventsApi {
    static final String SIGNATURE_HEADER = "X-Baton-Signature";
    private static final int MAX_EVENTS = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<byte[]> secret;
    private final JourneyTracking tracking;

    EmailEventsApi(Jdbi jdbi, Clock clock, Optional<String> secret, JourneyTracking tracking) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.secret = secret.map(s -> s.getBytes(StandardCharsets.UTF_8));
        this.tracking = tracking;
    }

    private record Event(String kind, String email, String reason) {
    }

    Response receive(WebEndpointRequest req) {
        if (secret.isEmpty()) {
            return ApiErrors.of(503, "email events are disabled: set BATON_EMAIL_EVENTS_SECRET to accept them");
        }
        String body = req.getRequestBodyAsString() == null ? "" : req.getRequestBodyAsString();
        String given = req.getHeaders().getFirstValue(SIGNATURE_HEADER);
        String expected = "sha256=" + HexFormat.of().formatHex(SignedLinks.hmac(secret.get(), body));
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return ApiErrors.of(401, given == null ? "missing " + SIGNATURE_HEADER + " header (sha256=<hex HMAC-SHA256 "
                    + "of the body with BATON_EMAIL_EVENTS_SECRET>)" : "wrong " + SIGNATURE_HEADER);
        }
        List<Event> events = new ArrayList<>();
        String problem = parse(body, events);
        if (problem != null) {
            return ApiErrors.of(400, problem);
        }
        Instant now = clock.instant();
        int[] marked = jdbi.inTransaction(handle -> {
            int bounced = 0;
            int complaints = 0;
            for (Event event : events) {
                if (event.kind().equals("bounce")) {
                    bounced += bounce(handle, event, now);
                } else {
                    complaints += complain(handle, event, now);
                }
            }
            return new int[]{bounced, complaints};
        });
        JsonObject answer = new JsonObject();
        answer.addProperty("events", events.size());
        answer.addProperty("bounced", marked[0]);
        answer.addProperty("unsubscribed", marked[1]);
        return JsonResponse.of(200, answer.toString());
    }

    private int bounce(Handle handle, Event event, Instant now) {
        int marked = 0;
        Set<Long> contacts = new LinkedHashSet<>();
        for (JourneyMessage message : handle.attach(JourneyDao.class).latestTo(event.email())) {
            if (contacts.add(message.contactId())) {
                tracking.bounced(handle, message, "reported by the mail provider: " + event.reason(), now);
                marked++;
            }
        }
        return marked;
    }

    private int complain(Handle handle, Event event, Instant now) {
        JourneyDao dao = handle.attach(JourneyDao.class);
        int marked = 0;
        Set<Long> contacts = new LinkedHashSet<>();
        for (JourneyMessage message : dao.latestTo(event.email())) {
            if (contacts.add(message.contactId()) && dao.unsubscribe(message.contactId(), now) == 1) {
                Audit.record(handle, now, "email-provider", message.accountId(), "journey.contact.complained",
                        Map.of("email", message.email(), "unsubscribed", false),
                        Map.of("email", message.email(), "unsubscribed", true, "reason", event.reason()));
                marked++;
            }
        }
        return marked;
    }

    /** Reads one event or an array of them into {@code events}; the problem, or null. */
    private static String parse(String body, List<Event> events) {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonSyntaxException e) {
            return "malformed JSON: " + e.getMessage();
        }
        List<JsonElement> items = new ArrayList<>();
        if (root.isJsonArray()) {
            root.getAsJsonArray().forEach(items::add);
        } else {
            items.add(root);
        }
        if (items.size() > MAX_EVENTS) {
            return "at most " + MAX_EVENTS + " events per request";
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isJsonObject()) {
                return "event " + i + ": expected {\"event\": \"bounce\" or \"complaint\", \"email\": ..., \"reason\": ...}";
            }
            JsonObject item = items.get(i).getAsJsonObject();
            String kind = text(item, "event");
            String email = text(item, "email");
            if (!"bounce".equals(kind) && !"complaint".equals(kind)) {
                return "event " + i + ": event must be bounce or complaint, not " + (kind == null ? "missing" : "'" + kind + "'");
            }
            if (email == null || !email.contains("@")) {
                return "event " + i + ": email must be the recipient's address";
            }
            String reason = text(item, "reason");
            events.add(new Event(kind, email.trim().toLowerCase(Locale.ROOT), reason == null ? kind
                    : reason.length() > 500 ? reason.substring(0, 500) : reason));
        }
        return null;
    }

    private static String text(JsonObject item, String field) {
        JsonElement value = item.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
