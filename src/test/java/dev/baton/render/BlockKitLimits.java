package dev.baton.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

import static dev.baton.render.SlackLimit.ID;
import static dev.baton.render.SlackLimit.MESSAGE_BLOCKS;
import static dev.baton.render.SlackLimit.PRIVATE_METADATA;
import static dev.baton.render.SlackLimit.VIEW_BLOCKS;

/**
 * Checks a rendered Block Kit payload against every limit of {@link SlackLimit}: the texts where
 * {@link TextPlaces} finds them (what the renderer cuts; {@code SlackLimitTest} holds that walk to the table),
 * the block counts and Baton's own ids and metadata (which nothing cuts); and that no mrkdwn holds a special
 * mention. Returns every violation found.
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
        if (view && root.has("private_metadata")) {
            check(problems, PRIVATE_METADATA, root.get("private_metadata").getAsString().length());
        }
        TextPlaces.visit(root, (limit, holder, field, value) -> check(problems, limit, value.length()));
        ownValues(root, problems);
        return problems;
    }

    private static void ownValues(JsonElement element, List<String> problems) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> ownValues(e, problems));
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        for (String id : List.of("action_id", "block_id", "callback_id")) {
            if (object.has(id)) {
                check(problems, ID, object.get(id).getAsString().length());
            }
        }
        boolean mrkdwn = object.has("type") && "mrkdwn".equals(object.get("type").getAsString());
        if (mrkdwn && object.has("text") && object.get("text").getAsString().contains("<!")) {
            problems.add("mrkdwn text holds a special mention: " + object.get("text").getAsString());
        }
        object.entrySet().forEach(e -> ownValues(e.getValue(), problems));
    }

    private static void check(List<String> problems, SlackLimit limit, int size) {
        if (size > limit.max()) {
            problems.add(limit.what() + " is " + size + ", over " + limit.max());
        }
    }
}
