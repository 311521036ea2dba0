package dev.baton.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.slack.ResponseUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;

/**
 * The handlers of the App Home tab, published when a user opens it (after the ack), and of the Retry and Drop
 * buttons on undelivered messages (in the leaders' tab and on their dead-letter DMs).
 */
final class HomeSlack {
    private static final Logger log = LoggerFactory.getLogger(HomeSlack.class);

    private final HomeService service;
    private final HomeViews views;
    private final ResponseUrls responses;
    private final Executor executor;

    HomeSlack(HomeService service, HomeViews views, ResponseUrls responses, Executor executor) {
        this.service = service;
        this.views = views;
        this.responses = responses;
        this.executor = executor;
    }

    Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        String user = payload.getEvent().getUser();
        if ("home".equals(payload.getEvent().getTab())) {
            executor.execute(() -> publish(ctx.client(), user));
        }
        return ctx.ack();
    }

    Response retryButton(BlockActionRequest req, ActionContext ctx) {
        return deadLetterAction(req, ctx, true);
    }

    Response dropButton(BlockActionRequest req, ActionContext ctx) {
        return deadLetterAction(req, ctx, false);
    }

    private Response deadLetterAction(BlockActionRequest req, ActionContext ctx, boolean retry) {
        BlockActionPayload payload = req.getPayload();
        String user = payload.getUser().getId();
        String notice = service.deadLetter(user, Long.parseLong(payload.getActions().get(0).getValue()), retry);
        if (payload.getView() != null) {
            executor.execute(() -> publish(ctx.client(), user));
        } else if (payload.getResponseUrl() != null) {
            responses.replace(payload.getResponseUrl(), views.notice(notice));
        }
        return ctx.ack();
    }

    private void publish(MethodsClient client, String user) {
        try {
            String view = views.home(service.tab(user));
            var response = client.viewsPublish(r -> r.userId(user).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {}", user, response.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", user, e.toString());
        }
    }
}
