package dev.baton.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Checks a rendered Block Kit payload against Slack's limits; returns every violation found. */
public final class BlockKitLimits {
    private BlockKitLimits() {
    }

    public static List<String> violations(JsonObject root) {
        List<String> problems = new ArrayList<>();
        boolean view = root.has("type") && List.of("modal", "home").contains(root.get("type").getAsString());
        if (root.has("blocks")) {
            int blocks = root.getAsJsonArray("blocks").size();
            int max = view ? BlockKit.MAX_VIEW_BLOCKS : BlockKit.MAX_MESSAGE_BLOCKS;
            if (blocks > max) {
                problems.add(blocks + " blocks, over " + max);
            }
        }
        if (view) {
            for (String field : List.of("title", "submit", "close")) {
                if (root.has(field)) {
                    check(problems, field, text(root.getAsJsonObject(field)), 24);
                }
            }
            if (root.has("private_metadata")) {
                check(problems, "private_metadata", root.get("private_metadata").getAsString(), 3000);
            }
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
        if (type.equals("section") && object.has("text")) {
            check(problems, "section text", text(object.getAsJsonObject("text")), 3000);
        }
        if (type.equals("header")) {
            check(problems, "header", text(object.getAsJsonObject("text")), 150);
        }
        if (type.equals("button")) {
            check(problems, "button", text(object.getAsJsonObject("text")), 75);
        }
        for (String id : List.of("action_id", "block_id", "callback_id")) {
            if (object.has(id)) {
                check(problems, id, object.get(id).getAsString(), 255);
            }
        }
        if (type.equals("mrkdwn") && object.has("text") && object.get("text").getAsString().contains("<!")) {
            problems.add("mrkdwn text holds a special mention: " + object.get("text").getAsString());
        }
        object.entrySet().forEach(e -> walk(e.getValue(), problems));
    }

    private static String text(JsonObject textObject) {
        return textObject.get("text").getAsString();
    }

    private static void check(List<String> problems, String what, String value, int max) {
        if (value.length() > max) {
            problems.add(what + " is " + value.length() + " chars, over " + max);
        }
    }
}
