package dev.baton.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.slack.ResponseUrls;

/**
 * The handlers of the App Home tab: published when a person opens it, the paging and sort buttons, and the Retry
 * and Drop buttons on undelivered messages (in the leaders' tab and on their dead-letter DMs). Each acks at once;
 * the publish runs after, through the {@link HomeRefresher}.
 */
final class HomeSlack {
    private final HomeService service;
    private final HomeViews views;
    private final ResponseUrls responses;
    private final HomeRefresher refresher;

    HomeSlack(HomeService service, HomeViews views, ResponseUrls responses, HomeRefresher refresher) {
        this.service = service;
        this.views = views;
        this.responses = responses;
        this.refresher = refresher;
    }

    Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if ("home".equals(event.getTab())) {
            HomeState state = event.getView() == null ? HomeState.FIRST
                    : HomeState.decode(event.getView().getPrivateMetadata());
            refresher.show(ctx.client(), event.getUser(), state);
        }
        return ctx.ack();
    }

    /** Previous or Next on Today or My accounts: the value is {@code today:2} or {@code accounts:0}. */
    Response pageButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        String[] value = payload.getActions().get(0).getValue().split(":", 2);
        HomeState state = stateOf(payload);
        try {
            state = state.onPage(value[0], Integer.parseInt(value[1]));
        } catch (RuntimeException e) {
            // an out-of-date button: the view is published again as it stands
        }
        refresher.show(ctx.client(), payload.getUser().getId(), state);
        return ctx.ack();
    }

    Response sortButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        HomeState.Sort sort = "renewal".equals(payload.getActions().get(0).getValue())
                ? HomeState.Sort.RENEWAL : HomeState.Sort.HEALTH;
        refresher.show(ctx.client(), payload.getUser().getId(), stateOf(payload).sortedBy(sort));
        return ctx.ack();
    }

    /** Unmute in the leaders' section: the value is {@code feature:<key>} or {@code account:<id>}. */
    Response unmuteButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        service.unmute(payload.getUser().getId(), payload.getActions().get(0).getValue());
        refresher.show(ctx.client(), payload.getUser().getId(), stateOf(payload));
        return ctx.ack();
    }

    Response retryButton(BlockActionRequest req, ActionContext ctx) {
        return deadLetterAction(req, ctx, true);
    }

    Response dropButton(BlockActionRequest req, ActionContext ctx) {
        return deadLetterAction(req, ctx, false);
    }

    /**
     * After any button pressed in a home view, whichever workflow answers it (the reminders' Done and Snooze, a call
     * to action's Done), and after any form submitted (a form Today opened, say), the person's home is refreshed,
     * debounced, once the handler has made its change. The audit log's sweep catches what others changed.
     */
    Middleware refreshAfterHomeButtons() {
        return (req, resp, chain) -> {
            Response response = chain.next(req);
            if (req instanceof BlockActionRequest action && action.getPayload().getView() != null
                    && "home".equals(action.getPayload().getView().getType())) {
                refresher.changed(action.getPayload().getUser().getId());
            } else if (req instanceof ViewSubmissionRequest submission && response.getStatusCode() == 200) {
                refresher.changed(submission.getPayload().getUser().getId());
            }
            return response;
        };
    }

    private Response deadLetterAction(BlockActionRequest req, ActionContext ctx, boolean retry) {
        BlockActionPayload payload = req.getPayload();
        String user = payload.getUser().getId();
        String notice = service.deadLetter(user, Long.parseLong(payload.getActions().get(0).getValue()), retry);
        if (payload.getView() != null) {
            refresher.show(ctx.client(), user, stateOf(payload));
        } else if (payload.getResponseUrl() != null) {
            responses.replace(payload.getResponseUrl(), views.notice(notice));
        }
        return ctx.ack();
    }

    private static HomeState stateOf(BlockActionPayload payload) {
        return payload.getView() == null ? HomeState.FIRST : HomeState.decode(payload.getView().getPrivateMetadata());
    }
}
