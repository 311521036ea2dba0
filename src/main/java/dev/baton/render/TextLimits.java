package dev.baton.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Map;

import static dev.baton.render.SlackLimit.BUTTON_TEXT;
import static dev.baton.render.SlackLimit.CONTEXT_ELEMENT;
import static dev.baton.render.SlackLimit.HEADER_TEXT;
import static dev.baton.render.SlackLimit.INPUT_HINT;
import static dev.baton.render.SlackLimit.INPUT_INITIAL_VALUE;
import static dev.baton.render.SlackLimit.INPUT_LABEL;
import static dev.baton.render.SlackLimit.MESSAGE_TEXT;
import static dev.baton.render.SlackLimit.OPTION_DESCRIPTION;
import static dev.baton.render.SlackLimit.OPTION_TEXT;
import static dev.baton.render.SlackLimit.SECTION_FIELD;
import static dev.baton.render.SlackLimit.SECTION_TEXT;
import static dev.baton.render.SlackLimit.VIEW_CLOSE;
import static dev.baton.render.SlackLimit.VIEW_SUBMIT;
import static dev.baton.render.SlackLimit.VIEW_TITLE;

/**
 * Slack's text limits ({@link SlackLimit}), applied to one rendered Block Kit tree: over-long text is cut with an
 * ellipsis, so a person's long text never gets the whole message refused.
 */
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
                clipText(object, "text", SECTION_TEXT);
                if (object.has("fields")) {
                    object.getAsJsonArray("fields").forEach(f -> clipString(f.getAsJsonObject(), "text", SECTION_FIELD));
                }
            }
            case "header" -> clipText(object, "text", HEADER_TEXT);
            case "button" -> clipText(object, "text", BUTTON_TEXT);
            case "modal", "home" -> {
                clipText(object, "title", VIEW_TITLE);
                clipText(object, "submit", VIEW_SUBMIT);
                clipText(object, "close", VIEW_CLOSE);
            }
            case "input" -> {
                clipText(object, "label", INPUT_LABEL);
                clipText(object, "hint", INPUT_HINT);
            }
            case "context" -> object.getAsJsonArray("elements")
                    .forEach(e -> clipString(e.getAsJsonObject(), "text", CONTEXT_ELEMENT));
            case "plain_text_input" -> clipString(object, "initial_value", INPUT_INITIAL_VALUE);
            default -> { }
        }
        if (object.has("options") && object.get("options").isJsonArray()) {
            clipOptions(object.getAsJsonArray("options"));
        }
        if (object.has("initial_options") && object.get("initial_options").isJsonArray()) {
            clipOptions(object.getAsJsonArray("initial_options"));
        }
        clipString(object, "text", MESSAGE_TEXT);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (!entry.getValue().isJsonPrimitive()) {
                enforce(entry.getValue());
            }
        }
    }

    private void clipOptions(JsonArray options) {
        for (JsonElement option : options) {
            JsonObject o = option.getAsJsonObject();
            clipText(o, "text", OPTION_TEXT);
            clipText(o, "description", OPTION_DESCRIPTION);
        }
    }

    private void clipText(JsonObject parent, String field, SlackLimit max) {
        if (parent.has(field) && parent.get(field).isJsonObject()) {
            clipString(parent.getAsJsonObject(field), "text", max);
        }
    }

    private void clipString(JsonObject holder, String field, SlackLimit limit) {
        if (holder.has(field) && holder.get(field).isJsonPrimitive()) {
            String value = holder.get(field).getAsString();
            if (value.length() > limit.max()) {
                holder.addProperty(field, Ellipsis.cut(value, limit.max()));
                clipped = true;
            }
        }
    }
}
