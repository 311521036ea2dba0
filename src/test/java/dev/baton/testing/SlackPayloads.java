package dev.baton.testing;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.slack.ModalValues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Interactive payloads shaped like Slack's, built with Gson so any user text is encoded correctly. */
public final class SlackPayloads {
    private static final Gson GSON = new Gson();

    private SlackPayloads() {
    }

    public static String blockActions(String userId, JsonObject action, String responseUrl, String viewJson) {
        JsonObject payload = base("block_actions", userId);
        payload.addProperty("response_url", responseUrl);
        JsonObject container = new JsonObject();
        if (viewJson == null) {
            container.addProperty("type", "message");
            container.addProperty("message_ts", "1700000000.000100");
            container.addProperty("channel_id", "C0TEST");
            container.addProperty("is_ephemeral", true);
        } else {
            container.addProperty("type", "view");
            payload.add("view", JsonParser.parseString(viewJson));
        }
        payload.add("container", container);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "C0TEST");
        channel.addProperty("name", "general");
        payload.add("channel", channel);
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload.toString();
    }

    public static JsonObject button(String actionId, String value) {
        JsonObject action = action("button", actionId);
        action.addProperty("value", value);
        return action;
    }

    public static JsonObject overflow(String actionId, String selectedValue) {
        JsonObject action = action("overflow", actionId);
        action.add("selected_option", option(selectedValue));
        return action;
    }

    /** A static select's choice, as Slack sends it from a view's actions block. */
    public static JsonObject selectAction(String actionId, String selectedValue) {
        JsonObject action = action("static_select", actionId);
        action.add("selected_option", option(selectedValue));
        return action;
    }

    public static String viewSubmission(String userId, String callbackId, String privateMetadata,
                                        Map<String, Map<String, Object>> values) {
        JsonObject payload = base("view_submission", userId);
        JsonObject view = new JsonObject();
        view.addProperty("id", "V123");
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata);
        view.addProperty("hash", "h");
        JsonObject state = new JsonObject();
        state.add("values", GSON.toJsonTree(values));
        view.add("state", state);
        payload.add("view", view);
        return payload.toString();
    }

    /** Puts a field's value where a view submission carries it: under its block, in the block's input element. */
    public static void put(Map<String, Map<String, Object>> values, String block, Map<String, Object> value) {
        values.put(block, Map.of(block + ModalValues.INPUT_SUFFIX, value));
    }

    public static Map<String, Object> plainText(String value) {
        return Map.of("type", "plain_text_input", "value", value);
    }

    public static Map<String, Object> multiSelect(String... values) {
        JsonArray options = new JsonArray();
        for (String value : values) {
            options.add(option(value));
        }
        return Map.of("type", "multi_static_select", "selected_options", GSON.fromJson(options, Object.class));
    }

    public static Map<String, Object> staticSelect(String value) {
        return selected("static_select", value);
    }

    public static Map<String, Object> radio(String value) {
        return selected("radio_buttons", value);
    }

    public static Map<String, Object> datePicker(String date) {
        return Map.of("type", "datepicker", "selected_date", date);
    }

    public static Map<String, Object> userSelect(String userId) {
        return Map.of("type", "users_select", "selected_user", userId);
    }

    private static Map<String, Object> selected(String type, String value) {
        java.util.HashMap<String, Object> map = new java.util.HashMap<>();
        map.put("type", type);
        map.put("selected_option", value == null ? null : GSON.fromJson(option(value), Object.class));
        return map;
    }

    public static String eventCallback(String eventId, String innerEventJson) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "verification");
        envelope.addProperty("team_id", "T0TEST");
        envelope.addProperty("api_app_id", "A0TEST");
        envelope.add("event", JsonParser.parseString(innerEventJson));
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", eventId);
        envelope.addProperty("event_time", System.currentTimeMillis() / 1000);
        return envelope.toString();
    }

    private static JsonObject base(String type, String userId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0TEST");
        team.addProperty("domain", "baton-test");
        payload.add("team", team);
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", "user-" + userId);
        user.addProperty("team_id", "T0TEST");
        payload.add("user", user);
        payload.addProperty("api_app_id", "A0TEST");
        payload.addProperty("token", "verification");
        payload.addProperty("trigger_id", "1337.42." + UUID.randomUUID().toString().substring(0, 8));
        return payload;
    }

    private static JsonObject action(String type, String actionId) {
        JsonObject action = new JsonObject();
        action.addProperty("type", type);
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b1");
        action.addProperty("action_ts", "1700000001.000200");
        return action;
    }

    private static JsonElement option(String value) {
        JsonObject option = new JsonObject();
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        option.add("text", text);
        option.addProperty("value", value);
        return option;
    }

    /** A slash command as a Socket Mode {@code slash_commands} envelope carries it: the form's fields as JSON. */
    public static String slashCommandJson(String userId, String command, String text, String responseUrl) {
        return new Gson().toJson(slashCommandFields(userId, command, text, responseUrl, "1337.42.socket"));
    }

    /** The fields Slack sends with a slash command, over HTTP as a form and over Socket Mode as JSON. */
    static Map<String, String> slashCommandFields(String userId, String command, String text, String responseUrl,
                                                  String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification");
        form.put("team_id", "T0TEST");
        form.put("team_domain", "baton-test");
        form.put("channel_id", "C0TEST");
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", "user-" + userId);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TEST");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }
}
