package dev.baton.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Map;

/**
 * Renders Block Kit templates and holds the result to Slack's text limits: over-long text is cut with
 * an ellipsis instead of being rejected by Slack.
 */
public final class BlockKit {
    public static final int MAX_MESSAGE_BLOCKS = 50;
    public static final int MAX_VIEW_BLOCKS = 100;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Templates templates;

    public BlockKit(Templates templates) {
        this.templates = templates;
    }

    /** Renders {@code name} and returns the JSON text with every text field inside its limit. */
    public String render(String name, Map<String, ?> model) {
        return GSON.toJson(renderTree(name, model));
    }

    /** Renders {@code name} to a JSON tree with every text field inside its limit. */
    public JsonObject renderTree(String name, Map<String, ?> model) {
        JsonObject root = JsonParser.parseString(templates.render(name, model)).getAsJsonObject();
        enforceLimits(root);
        return root;
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

    /** Cuts every text in the tree down to the limit Slack sets for its place. */
    static void enforceLimits(JsonElement element) {
        if (element.isJsonArray()) {
            for (JsonElement child : element.getAsJsonArray()) {
                enforceLimits(child);
            }
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        String type = object.has("type") && object.get("type").isJsonPrimitive() ? object.get("type").getAsString() : "";
        switch (type) {
            case "section" -> {
                clipText(object, "text", 3000);
                if (object.has("fields")) {
                    object.getAsJsonArray("fields").forEach(f -> clipString(f.getAsJsonObject(), "text", 2000));
                }
            }
            case "header" -> clipText(object, "text", 150);
            case "button" -> clipText(object, "text", 75);
            case "modal", "home" -> {
                clipText(object, "title", 24);
                clipText(object, "submit", 24);
                clipText(object, "close", 24);
            }
            case "input" -> {
                clipText(object, "label", 2000);
                clipText(object, "hint", 2000);
            }
            case "context" -> object.getAsJsonArray("elements")
                    .forEach(e -> clipString(e.getAsJsonObject(), "text", 2000));
            case "plain_text_input" -> clipString(object, "initial_value", 3000);
            default -> { }
        }
        if (object.has("options") && object.get("options").isJsonArray()) {
            clipOptions(object.getAsJsonArray("options"));
        }
        if (object.has("initial_options") && object.get("initial_options").isJsonArray()) {
            clipOptions(object.getAsJsonArray("initial_options"));
        }
        clipString(object, "text", 40000);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (!entry.getValue().isJsonPrimitive()) {
                enforceLimits(entry.getValue());
            }
        }
    }

    private static void clipOptions(JsonArray options) {
        for (JsonElement option : options) {
            JsonObject o = option.getAsJsonObject();
            clipText(o, "text", 75);
            clipText(o, "description", 75);
        }
    }

    private static void clipText(JsonObject parent, String field, int max) {
        if (parent.has(field) && parent.get(field).isJsonObject()) {
            clipString(parent.getAsJsonObject(field), "text", max);
        }
    }

    private static void clipString(JsonObject holder, String field, int max) {
        if (holder.has(field) && holder.get(field).isJsonPrimitive()) {
            String value = holder.get(field).getAsString();
            if (value.length() > max) {
                holder.addProperty(field, Ellipsis.cut(value, max));
            }
        }
    }
}
