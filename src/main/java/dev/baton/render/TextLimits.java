package dev.baton.render;

import com.google.gson.JsonObject;

/**
 * Slack's text limits ({@link SlackLimit}), applied to one rendered Block Kit tree: over-long text is cut with an
 * ellipsis, so a person's long text never gets the whole message refused.
 */
final class TextLimits {
    private TextLimits() {
    }

    /** Cuts every text in the tree down to the limit Slack sets for its place ({@link TextPlaces}); true when any was cut. */
    static boolean enforce(JsonObject root) {
        boolean[] clipped = {false};
        TextPlaces.visit(root, (limit, holder, field, value) -> {
            if (value.length() > limit.max()) {
                holder.addProperty(field, Ellipsis.cut(value, limit.max()));
                clipped[0] = true;
            }
        });
        return clipped[0];
    }
}
