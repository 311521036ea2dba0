package dev.baton.metrics;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.config.LogContext;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bolt middleware that times each Slack request Bolt runs and names it in the logs (team, user, command or action
 * id, a request id) while it runs. It sits on the Bolt {@code App}, so requests over HTTP and over Socket Mode
 * pass it alike; the request gate's wait and the guard's refusals, before Bolt, are measured where they happen.
 */
public final class SlackRequestTiming implements Middleware {
    private final BatonMetrics metrics;

    public SlackRequestTiming(BatonMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        String kind = kind(req);
        String id = id(req);
        long started = System.nanoTime();
        LogContext.slackRequest(req.getContext().getTeamId(), req.getContext().getRequestUserId(), id);
        String outcome = "error";
        try {
            Response answer = chain.next(req);
            outcome = answer != null && answer.getStatusCode() != null && answer.getStatusCode() >= 400 ? "error" : "ok";
            return answer;
        } finally {
            metrics.slackRequest(kind, id, outcome, System.nanoTime() - started);
            LogContext.clear();
        }
    }

    private static String kind(Request<?> req) {
        return req.getRequestType() == null ? "unknown" : KINDS.get(req.getRequestType());
    }

    /** Bolt's request types as tags, {@code BlockAction} as {@code block_action}: computed once, not per request. */
    private static final Map<RequestType, String> KINDS = new EnumMap<>(RequestType.class);

    static {
        for (RequestType type : RequestType.values()) {
            KINDS.put(type, type.name().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
    }

    /** What the request was for, with a trailing {@code -123} (a row id in an action id) cut, to bound the tags. */
    static String id(Request<?> req) {
        String id;
        if (req instanceof SlashCommandRequest command) {
            id = command.getPayload().getCommand();
        } else if (req instanceof BlockActionRequest action && action.getPayload().getActions() != null
                && !action.getPayload().getActions().isEmpty()) {
            id = action.getPayload().getActions().get(0).getActionId();
        } else if (req instanceof ViewSubmissionRequest view) {
            id = view.getPayload().getView().getCallbackId();
        } else if (req instanceof ViewClosedRequest view) {
            id = view.getPayload().getView().getCallbackId();
        } else if (req instanceof BlockSuggestionRequest suggestion) {
            id = suggestion.getPayload().getActionId();
        } else if (req instanceof EventRequest event) {
            id = event.getEventType();
        } else {
            id = null;
        }
        return id == null || id.isEmpty() ? "unknown" : withoutRowId(id);
    }

    static String withoutRowId(String id) {
        int end = id.length();
        while (end > 0 && Character.isDigit(id.charAt(end - 1))) {
            end--;
        }
        return end < id.length() && end > 0 && id.charAt(end - 1) == '-' ? id.substring(0, end) + "n" : id;
    }
}
