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
 * Every text in a rendered Block Kit tree, with the limit of {@link SlackLimit} that Slack sets for its place: the
 * one walk that the renderer cuts by ({@link TextLimits}) and the template tests check by.
 */
final class TextPlaces {
    /** Told of each text: its limit, the object holding it, the field and its value. */
    @FunctionalInterface
    interface Visitor {
        void text(SlackLimit limit, JsonObject holder, String field, String value);
    }

    private final Visitor visitor;

    private TextPlaces(Visitor visitor) {
        this.visitor = visitor;
    }

    /** Tells {@code visitor} of every text in the tree, a holder's texts before the texts inside them. */
    static void visit(JsonElement tree, Visitor visitor) {
        new TextPlaces(visitor).walk(tree);
    }

    private void walk(JsonElement element) {
        if (element.isJsonArray()) {
            for (JsonElement child : element.getAsJsonArray()) {
                walk(child);
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
                textObject(object, "text", SECTION_TEXT);
                if (object.has("fields")) {
                    object.getAsJsonArray("fields").forEach(f -> string(f.getAsJsonObject(), "text", SECTION_FIELD));
                }
            }
            case "header" -> textObject(object, "text", HEADER_TEXT);
            case "button" -> textObject(object, "text", BUTTON_TEXT);
            case "modal", "home" -> {
                textObject(object, "title", VIEW_TITLE);
                textObject(object, "submit", VIEW_SUBMIT);
                textObject(object, "close", VIEW_CLOSE);
            }
            case "input" -> {
                textObject(object, "label", INPUT_LABEL);
                textObject(object, "hint", INPUT_HINT);
            }
            case "context" -> object.getAsJsonArray("elements")
                    .forEach(e -> string(e.getAsJsonObject(), "text", CONTEXT_ELEMENT));
            case "plain_text_input" -> string(object, "initial_value", INPUT_INITIAL_VALUE);
            default -> { }
        }
        if (object.has("options") && object.get("options").isJsonArray()) {
            options(object.getAsJsonArray("options"));
        }
        if (object.has("initial_options") && object.get("initial_options").isJsonArray()) {
            options(object.getAsJsonArray("initial_options"));
        }
        string(object, "text", MESSAGE_TEXT);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (!entry.getValue().isJsonPrimitive()) {
                walk(entry.getValue());
            }
        }
    }

    private void options(JsonArray options) {
        for (JsonElement option : options) {
            JsonObject o = option.getAsJsonObject();
            textObject(o, "text", OPTION_TEXT);
            textObject(o, "description", OPTION_DESCRIPTION);
        }
    }

    /** {@code parent.field} is a text object: its {@code text}. */
    private void textObject(JsonObject parent, String field, SlackLimit limit) {
        if (parent.has(field) && parent.get(field).isJsonObject()) {
            string(parent.getAsJsonObject(field), "text", limit);
        }
    }

    private void string(JsonObject holder, String field, SlackLimit limit) {
        if (holder.has(field) && holder.get(field).isJsonPrimitive()) {
            visitor.text(limit, holder, field, holder.get(field).getAsString());
        }
    }
}
