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
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Templates templates;

    public BlockKit(Templates templates) {
        this.templates = templates;
    }

    /**
     * Renders {@code name} and returns the JSON text with every text field inside its limit: the template's own
     * output when nothing had to be cut (writing the tree out again showed in every card's render), and
     * without parsing it at all when {@link MessageFit} can tell it fits.
     */
    public String render(String name, Map<String, ?> model) {
        String text = templates.render(name, model);
        if (MessageFit.certainlyFits(text)) {
            return text;
        }
        Rendered rendered = held(text);
        return rendered.clipped() ? GSON.toJson(rendered.tree()) : text;
    }

    /** {@link #render} as the answer to a slash command: the same JSON with {@code response_type} ephemeral. */
    public String renderEphemeral(String name, Map<String, ?> model) {
        String text = templates.render(name, model);
        if (!text.contains("\"response_type\"") && MessageFit.certainlyFits(text)) {
            return ephemeral(text);
        }
        Rendered rendered = held(text);
        if (!rendered.clipped() && !rendered.tree().has("response_type")) {
            return ephemeral(text);
        }
        rendered.tree().addProperty("response_type", "ephemeral");
        return GSON.toJson(rendered.tree());
    }

    /** The template's own JSON with {@code response_type} ephemeral spliced in after its opening brace. */
    private static String ephemeral(String text) {
        int open = text.indexOf('{');
        return text.substring(0, open + 1) + "\"response_type\":\"ephemeral\"," + text.substring(open + 1);
    }

    /** Renders {@code name} to a JSON tree with every text field inside its limit. */
    public JsonObject renderTree(String name, Map<String, ?> model) {
        return held(templates.render(name, model)).tree();
    }

    /** A template's output as a tree held to Slack's limits, and whether that cut anything. */
    private record Rendered(JsonObject tree, boolean clipped) {
    }

    private static Rendered held(String text) {
        JsonObject tree = JsonParser.parseString(text).getAsJsonObject();
        return new Rendered(tree, TextLimits.enforce(tree));
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

}
