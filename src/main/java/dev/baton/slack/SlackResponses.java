package dev.baton.slack;

import com.google.gson.JsonObject;
import com.slack.api.bolt.response.Response;
import dev.baton.api.JsonResponse;
import dev.baton.render.BlockKit;

import java.util.Map;

/** Raw JSON answers to Slack, so rendered Block Kit goes out exactly as the template made it. */
public final class SlackResponses {
    private SlackResponses() {
    }

    /** Rendered Block Kit (or any JSON) as the answer to a Slack request. */
    public static Response json(int status, String json) {
        return JsonResponse.of(status, json);
    }

    /** An ephemeral reply to a slash command. */
    public static Response ephemeral(JsonObject message) {
        message.addProperty("response_type", "ephemeral");
        return json(200, BlockKit.toJson(message));
    }

    /** Inline errors on modal fields, keyed by block id. */
    public static Response viewErrors(Map<String, String> errors) {
        JsonObject body = new JsonObject();
        body.addProperty("response_action", "errors");
        JsonObject byBlock = new JsonObject();
        errors.forEach(byBlock::addProperty);
        body.add("errors", byBlock);
        return json(200, BlockKit.toJson(body));
    }
}
