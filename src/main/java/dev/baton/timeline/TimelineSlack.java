package dev.baton.timeline;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ResponseUrls;

import java.time.Duration;
import java.util.function.BiFunction;

/** The reminder buttons: Done, Snooze 1 day, Snooze 1 week. The reminder is replaced by what happened. */
public final class TimelineSlack {
    static final String ACTION_DONE = "timeline_done";
    static final String ACTION_SNOOZE_DAY = "timeline_snooze_day";
    static final String ACTION_SNOOZE_WEEK = "timeline_snooze_week";

    private final TimelineActions actions;
    private final ReminderViews views;
    private final ResponseUrls responses;

    public TimelineSlack(TimelineActions actions, ReminderViews views, ResponseUrls responses) {
        this.actions = actions;
        this.views = views;
        this.responses = responses;
    }

    public void register(App app) {
        app.blockAction(ACTION_DONE, (req, ctx) -> handle(req, ctx, actions::done));
        app.blockAction(ACTION_SNOOZE_DAY, (req, ctx) -> handle(req, ctx,
                (user, id) -> actions.snooze(user, id, Duration.ofDays(1))));
        app.blockAction(ACTION_SNOOZE_WEEK, (req, ctx) -> handle(req, ctx,
                (user, id) -> actions.snooze(user, id, Duration.ofDays(7))));
    }

    private Response handle(BlockActionRequest req, ActionContext ctx, BiFunction<String, Long, String> action) {
        BlockActionPayload payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        String notice;
        try {
            notice = action.apply(payload.getUser().getId(), Long.parseLong(value));
        } catch (NumberFormatException e) {
            notice = "That button is out of date; open the account's card instead.";
        }
        if (payload.getResponseUrl() != null) {
            responses.replace(payload.getResponseUrl(), views.notice(notice));
        }
        return ctx.ack();
    }
}
