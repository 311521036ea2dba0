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
        Rendered rendered = rendered(name, model);
        return rendered.clipped() ? GSON.toJson(rendered.tree()) : rendered.text();
    }

    /** {@link #render} as the answer to a slash command: the same JSON with {@code response_type} ephemeral. */
    public String renderEphemeral(String name, Map<String, ?> model) {
        Rendered rendered = rendered(name, model);
        if (rendered.clipped() || rendered.tree().has("response_type")) {
            rendered.tree().addProperty("response_type", "ephemeral");
            return GSON.toJson(rendered.tree());
        }
        int open = rendered.text().indexOf('{');
        return rendered.text().substring(0, open + 1) + "\"response_type\":\"ephemeral\","
                + rendered.text().substring(open + 1);
    }

    /** Renders {@code name} to a JSON tree with every text field inside its limit. */
    public JsonObject renderTree(String name, Map<String, ?> model) {
        return rendered(name, model).tree();
    }

    /** The template's output, its tree held to Slack's limits, and whether that cut anything. */
    private record Rendered(String text, JsonObject tree, boolean clipped) {
    }

    private Rendered rendered(String name, Map<String, ?> model) {
        String text = templates.render(name, model);
        JsonObject tree = JsonParser.parseString(text).getAsJsonObject();
        return new Rendered(text, tree, TextLimits.enforce(tree));
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

}
