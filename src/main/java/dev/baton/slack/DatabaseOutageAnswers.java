package dev.baton.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.handler.WebEndpointHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.baton.render.BlockKit;
import dev.baton.store.DatabasePatience;
import dev.baton.store.OutageLog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What Baton answers, whatever the handler, when the database is out of reach: the person who acted in Slack is
 * told within Slack's 3 s that nothing was changed and to try again in a minute (the copy is in
 * {@code templates/fragments/}), and an {@code /api/*} caller gets a 503 naming the database instead of a 500.
 */
public final class DatabaseOutageAnswers {
    static final String MESSAGE = "fragments/database-unreachable.json.ftl";
    static final String MODAL = "fragments/database-unreachable-modal.json.ftl";
    private final BlockKit blockKit;
    private final ResponseUrls responses;
    private final MethodsClient slack;
    private final Executor executor;
    private final OutageLog outages;

    public DatabaseOutageAnswers(BlockKit blockKit, ResponseUrls responses, MethodsClient slack, Executor executor,
                                 OutageLog outages) {
        this.blockKit = blockKit;
        this.responses = responses;
        this.slack = slack;
        this.executor = executor;
        this.outages = outages;
    }

    /** The answer to a Slack request whose handling failed, or empty when the database was not the cause. */
    public Optional<Response> afterFailure(Request<?> request, Exception failure) {
        return outages.failed("Slack requests", failure) ? Optional.of(answer(request)) : Optional.empty();
    }

    /** The answer to a Slack request no handler could run for, by what Slack lets each kind of request show. */
    public Response answer(Request<?> request) {
        return switch (request.getRequestType()) {
            case Command -> SlackResponses.json(200, blockKit.renderEphemeral(MESSAGE, Map.of()));
            case ViewSubmission -> pushedOverTheForm();
            case BlockAction -> pressed(((BlockActionRequest) request).getPayload());
            case MessageShortcut -> replied(((MessageShortcutRequest) request).getPayload().getResponseUrl());
            case GlobalShortcut -> opened(((GlobalShortcutRequest) request).getPayload().getTriggerId(), false);
            case ViewClosed, DialogCancellation -> Response.ok();
            // an event answered 5xx is sent again by Slack (after a minute, then five), when the database may be back
            default -> unavailable("Baton can't reach its database; nothing was changed, try again in a minute");
        };
    }

    /** The form stays underneath, as filled in, with its own Back button to it. */
    private Response pushedOverTheForm() {
        JsonObject answer = new JsonObject();
        answer.addProperty("response_action", "push");
        answer.add("view", blockKit.renderTree(MODAL, Map.of("overForm", true)));
        return SlackResponses.json(200, BlockKit.toJson(answer));
    }

    /** Slack shows nothing of a button's acknowledgement: the answer goes to the message, or to a modal. */
    private Response pressed(BlockActionPayload payload) {
        if (payload.getResponseUrl() != null && !payload.getResponseUrl().isBlank()) {
            return replied(payload.getResponseUrl());
        }
        // a button in App Home or in a modal has no message to answer in, but its trigger opens (or pushes) a modal
        boolean inModal = payload.getView() != null && "modal".equals(payload.getView().getType());
        return opened(payload.getTriggerId(), inModal);
    }

    private Response replied(String responseUrl) {
        responses.reply(responseUrl, blockKit.renderTree(MESSAGE, Map.of()));
        return Response.ok();
    }

    private Response opened(String triggerId, boolean push) {
        if (triggerId == null) {
            return Response.ok();
        }
        String view = BlockKit.toJson(blockKit.renderTree(MODAL, Map.of("overForm", false)));
        executor.execute(() -> {
            // A refusal is logged by Modals; there is nowhere else to say the database is away.
            if (push) {
                Modals.push(slack, triggerId, view);
            } else {
                Modals.open(slack, triggerId, view);
            }
        });
        return Response.ok();
    }

    /**
     * {@code handler} (an {@code /api/*} route or {@code /healthz}) with the given patience, and a database out of
     * reach answered {@code 503} with {@code Retry-After}, naming the database.
     */
    public WebEndpointHandler guarded(WebEndpointHandler handler, DatabasePatience patience) {
        return (request, context) -> {
            DatabasePatience.set(patience);
            try {
                return handler.apply(request, context);
            } catch (Exception e) {
                if (!outages.failed("API requests", e)) {
                    throw e;
                }
                return unavailable("database unreachable: try again in a minute");
            } finally {
                DatabasePatience.clear();
            }
        };
    }

    private static Response unavailable(String error) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        return Response.builder().statusCode(503).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .headers(Map.of("Retry-After", List.of("60"))).body(body.toString()).build();
    }
}
