package dev.baton.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.baton.render.SlackLimit.BUTTON_TEXT;
import static dev.baton.render.SlackLimit.CONTEXT_ELEMENT;
import static dev.baton.render.SlackLimit.HEADER_TEXT;
import static dev.baton.render.SlackLimit.ID;
import static dev.baton.render.SlackLimit.INPUT_HINT;
import static dev.baton.render.SlackLimit.INPUT_INITIAL_VALUE;
import static dev.baton.render.SlackLimit.INPUT_LABEL;
import static dev.baton.render.SlackLimit.MESSAGE_BLOCKS;
import static dev.baton.render.SlackLimit.MESSAGE_TEXT;
import static dev.baton.render.SlackLimit.OPTION_DESCRIPTION;
import static dev.baton.render.SlackLimit.OPTION_TEXT;
import static dev.baton.render.SlackLimit.PRIVATE_METADATA;
import static dev.baton.render.SlackLimit.SECTION_FIELD;
import static dev.baton.render.SlackLimit.SECTION_TEXT;
import static dev.baton.render.SlackLimit.VIEW_BLOCKS;
import static dev.baton.render.SlackLimit.VIEW_CLOSE;
import static dev.baton.render.SlackLimit.VIEW_SUBMIT;
import static dev.baton.render.SlackLimit.VIEW_TITLE;

/**
 * Checks a rendered Block Kit payload against every limit of {@link SlackLimit}, walking the tree on its own
 * rather than through the renderer's code, so a limit the renderer forgets to cut shows here; returns every
 * violation found.
 */
public final class BlockKitLimits {
    private BlockKitLimits() {
    }

    public static List<String> violations(JsonObject root) {
        List<String> problems = new ArrayList<>();
        boolean view = root.has("type") && List.of("modal", "home").contains(root.get("type").getAsString());
        if (root.has("blocks")) {
            check(problems, view ? VIEW_BLOCKS : MESSAGE_BLOCKS, root.getAsJsonArray("blocks").size());
        }
        if (view) {
            textObject(problems, VIEW_TITLE, root, "title");
            textObject(problems, VIEW_SUBMIT, root, "submit");
            textObject(problems, VIEW_CLOSE, root, "close");
            string(problems, PRIVATE_METADATA, root, "private_metadata");
        }
        walk(root, problems);
        return problems;
    }

    private static void walk(JsonElement element, List<String> problems) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> walk(e, problems));
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        String type = object.has("type") && object.get("type").isJsonPrimitive() ? object.get("type").getAsString() : "";
        switch (type) {
            case "section" -> {
                textObject(problems, SECTION_TEXT, object, "text");
                each(object, "fields", field -> string(problems, SECTION_FIELD, field, "text"));
            }
            case "header" -> textObject(problems, HEADER_TEXT, object, "text");
            case "button" -> textObject(problems, BUTTON_TEXT, object, "text");
            case "input" -> {
                textObject(problems, INPUT_LABEL, object, "label");
                textObject(problems, INPUT_HINT, object, "hint");
            }
            case "context" -> each(object, "elements", e -> string(problems, CONTEXT_ELEMENT, e, "text"));
            case "plain_text_input" -> string(problems, INPUT_INITIAL_VALUE, object, "initial_value");
            case "mrkdwn" -> {
                if (object.has("text") && object.get("text").getAsString().contains("<!")) {
                    problems.add("mrkdwn text holds a special mention: " + object.get("text").getAsString());
                }
            }
            default -> { }
        }
        for (String options : List.of("options", "initial_options")) {
            each(object, options, option -> {
                textObject(problems, OPTION_TEXT, option, "text");
                textObject(problems, OPTION_DESCRIPTION, option, "description");
            });
        }
        for (String id : List.of("action_id", "block_id", "callback_id")) {
            string(problems, ID, object, id);
        }
        string(problems, MESSAGE_TEXT, object, "text");
        object.entrySet().forEach(e -> walk(e.getValue(), problems));
    }

    private static void each(JsonObject object, String array, Consumer<JsonObject> check) {
        if (object.has(array) && object.get(array).isJsonArray()) {
            object.getAsJsonArray(array).forEach(e -> check.accept(e.getAsJsonObject()));
        }
    }

    /** {@code holder.field} is a text object ({@code {"type": ..., "text": ...}}). */
    private static void textObject(List<String> problems, SlackLimit limit, JsonObject holder, String field) {
        if (holder.has(field) && holder.get(field).isJsonObject()) {
            string(problems, limit, holder.getAsJsonObject(field), "text");
        }
    }

    private static void string(List<String> problems, SlackLimit limit, JsonObject holder, String field) {
        if (holder.has(field) && holder.get(field).isJsonPrimitive()) {
            check(problems, limit, holder.get(field).getAsString().length());
        }
    }

    private static void check(List<String> problems, SlackLimit limit, int size) {
        if (size > limit.max()) {
            problems.add(limit.what() + " is " + size + ", over " + limit.max());
        }
    }
}
