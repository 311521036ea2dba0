package dev.baton.churn;

import com.google.gson.JsonObject;
import dev.baton.slack.ModalValues;
import dev.baton.testing.RunningBaton;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.radio;
import static dev.baton.testing.SlackPayloads.staticSelect;

/** Requests the churn end-to-end tests send: the CRM's POST /api/churn and Slack's shortcut payload. */
final class ChurnTesting {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ChurnTesting() {
    }

    static HttpResponse<String> postChurn(RunningBaton baton, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(baton.uri("/api/churn"))
                    .header("Authorization", "Bearer " + RunningBaton.API_TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String shortcut(String userId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "shortcut");
        payload.addProperty("token", "verification");
        payload.addProperty("callback_id", ChurnIds.SHORTCUT);
        payload.addProperty("trigger_id", "1337.42." + UUID.randomUUID().toString().substring(0, 8));
        payload.addProperty("action_ts", "1700000000.000100");
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("team_id", "T0TEST");
        payload.add("user", user);
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0TEST");
        payload.add("team", team);
        return payload.toString();
    }

    /** The record modal's values, as Slack sends them. */
    static Map<String, Map<String, Object>> recordValues(String account, String kind, String before, String after,
                                                          String seatsBefore, String seatsAfter) {
        Map<String, Map<String, Object>> values = new java.util.HashMap<>();
        put(values, ChurnIds.FIELD_ACCOUNT, plainText(account));
        put(values, "churn-field-kind", radio(kind));
        put(values, "churn-field-arr-before", plainText(before));
        put(values, "churn-field-arr-after", plainText(after));
        put(values, "churn-field-seats-before", plainText(seatsBefore));
        put(values, "churn-field-seats-after", plainText(seatsAfter));
        put(values, "churn-field-effective-date", datePicker("2026-12-31"));
        put(values, "churn-field-category", staticSelect("Product gaps"));
        put(values, "churn-field-reason", plainText("Needed SSO on the self-managed edition <!channel>"));
        return values;
    }

}
