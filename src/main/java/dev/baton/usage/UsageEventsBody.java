package dev.baton.usage;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiErrors;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code POST /api/usage-events} body as a stream, straight into events: a JSON tree of the whole body
 * cost more than storing its events. An item is rejected for the first of its fields (in the order account,
 * feature, user, occurred_at) that is an object or array, else as {@link UsageEvent#parse} rejects it; the
 * JSON is read as leniently as Gson's tree parser reads it.
 */
final class UsageEventsBody {
    static final String EXPECTED = "expected a JSON array of {account, feature, user, occurred_at} objects";
    private static final String[] FIELDS = {"account", "feature", "user", "occurred_at"};

    /** Either the refusal of the whole body, or every item: its event, or why it was rejected. */
    record Items(Response refusal, List<UsageEvent> events, List<Integer> positions, List<String> reasons) {
    }

    private UsageEventsBody() {
    }

    static Items read(String body, Instant now, int max) {
        try (JsonReader json = new JsonReader(new StringReader(body))) {
            json.setStrictness(Strictness.LENIENT);
            if (body.isBlank() || json.peek() != JsonToken.BEGIN_ARRAY) {
                return refused(400, EXPECTED);
            }
            Items items = new Items(null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            json.beginArray();
            while (json.hasNext()) {
                item(json, now, items);
            }
            json.endArray();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                return refused(400, "malformed JSON: more after the array at " + json.getPath());
            }
            if (items.reasons().size() > max) {
                return refused(413, "at most " + max + " events per request, got " + items.reasons().size());
            }
            return items;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return refused(400, "malformed JSON: " + e.getMessage());
        }
    }

    private static Items refused(int status, String message) {
        return new Items(ApiErrors.of(status, message), List.of(), List.of(), List.of());
    }

    private static void item(JsonReader json, Instant now, Items items) throws IOException {
        int position = items.reasons().size();
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            items.reasons().add("expected an object with account, feature, user and occurred_at");
            return;
        }
        String[] values = new String[FIELDS.length];
        boolean[] notText = new boolean[FIELDS.length];
        json.beginObject();
        while (json.hasNext()) {
            int field = field(json.nextName());
            if (field < 0) {
                json.skipValue();
            } else {
                notText[field] = !text(json, values, field);
            }
        }
        json.endObject();
        try {
            for (int f = 0; f < FIELDS.length; f++) {
                if (notText[f]) {
                    throw new IllegalArgumentException(FIELDS[f] + " must be a string");
                }
            }
            items.events().add(UsageEvent.parse(values[0], values[1], values[2], values[3], now));
            items.positions().add(position);
            items.reasons().add(null);
        } catch (IllegalArgumentException e) {
            items.reasons().add(e.getMessage());
        }
    }

    private static int field(String name) {
        for (int f = 0; f < FIELDS.length; f++) {
            if (FIELDS[f].equals(name)) {
                return f;
            }
        }
        return -1;
    }

    /** Reads a field's value as Gson's getAsString would (the last of repeated fields wins); false if not a primitive. */
    private static boolean text(JsonReader json, String[] values, int field) throws IOException {
        JsonToken token = json.peek();
        values[field] = null;
        switch (token) {
            case STRING, NUMBER -> values[field] = json.nextString();
            case BOOLEAN -> values[field] = Boolean.toString(json.nextBoolean());
            case NULL -> json.nextNull();
            default -> {
                json.skipValue();
                return false;
            }
        }
        return true;
    }
}
