package dev.baton.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Map;

/** Slack's text limits, applied to one rendered Block Kit tree: over-long text is cut with an ellipsis. */
final class TextLimits {
    private boolean clipped;

    /** Cuts the tree's texts to their limits; true when any had to be cut. */
    static boolean enforce(JsonObject root) {
        TextLimits limits = new TextLimits();
        limits.enforce((JsonElement) root);
        return limits.clipped;
    }

    /** Cuts every text in the tree down to the limit Slack sets for its place. */
    void enforce(JsonElement element) {
        if (element.isJsonArray()) {
            for (JsonElement child : element.getAsJsonArray()) {
                enforce(child);
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
                enforce(entry.getValue());
            }
        }
    }

    private void clipOptions(JsonArray options) {
        for (JsonElement option : options) {
            JsonObject o = option.getAsJsonObject();
            clipText(o, "text", 75);
            clipText(o, "description", 75);
        }
    }

    private void clipText(JsonObject parent, String field, int max) {
        if (parent.has(field) && parent.get(field).isJsonObject()) {
            clipString(parent.getAsJsonObject(field), "text", max);
        }
    }

    private void clipString(JsonObject holder, String field, int max) {
        if (holder.has(field) && holder.get(field).isJsonPrimitive()) {
            String value = holder.get(field).getAsString();
            if (value.length() > max) {
                holder.addProperty(field, Ellipsis.cut(value, max));
                clipped = true;
            }
        }
    }
}
