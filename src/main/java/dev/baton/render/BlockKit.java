package dev.baton.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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

    /**
     * Renders {@code name} and returns the JSON text with every text field inside its limit: the template's own
     * output when nothing had to be cut (writing the tree out again was a fifth of a /roles card's render).
     */
    public String render(String name, Map<String, ?> model) {
        String text = templates.render(name, model);
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        return TextLimits.enforce(root) ? GSON.toJson(root) : text;
    }

    /** {@link #render} as the answer to a slash command: the same JSON with {@code response_type} ephemeral. */
    public String renderEphemeral(String name, Map<String, ?> model) {
        String text = templates.render(name, model);
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        if (TextLimits.enforce(root) || root.has("response_type")) {
            root.addProperty("response_type", "ephemeral");
            return GSON.toJson(root);
        }
        int open = text.indexOf('{');
        return text.substring(0, open + 1) + "\"response_type\":\"ephemeral\"," + text.substring(open + 1);
    }

    /** Renders {@code name} to a JSON tree with every text field inside its limit. */
    public JsonObject renderTree(String name, Map<String, ?> model) {
        JsonObject root = JsonParser.parseString(templates.render(name, model)).getAsJsonObject();
        TextLimits.enforce(root);
        return root;
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

}
