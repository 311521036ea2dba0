package dev.baton.timeline;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.slack.ResponseUrls;

import java.time.Duration;
import java.util.function.BiFunction;

/** The reminder buttons: Done, Snooze 1 day, Snooze 1 week. The reminder is replaced by what happened. */
public final class TimelineSlack {
    private final TimelineActions actions;
    private final ReminderViews views;
    private final ResponseUrls responses;

    public TimelineSlack(TimelineActions actions, ReminderViews views, ResponseUrls responses) {
        this.actions = actions;
        this.views = views;
        this.responses = responses;
    }

    public void register(App app) {
        // each button under its id and under the id reminders already sent carry (TimelineIds.OLD_*)
        BlockActionHandler done = (req, ctx) -> handle(req, ctx, actions::done);
        BlockActionHandler snoozeDay = (req, ctx) -> handle(req, ctx,
                (user, id) -> actions.snooze(user, id, Duration.ofDays(1)));
        BlockActionHandler snoozeWeek = (req, ctx) -> handle(req, ctx,
                (user, id) -> actions.snooze(user, id, Duration.ofDays(7)));
        app.blockAction(TimelineIds.ACTION_DONE, done);
        app.blockAction(TimelineIds.OLD_ACTION_DONE, done);
        app.blockAction(TimelineIds.ACTION_SNOOZE_DAY, snoozeDay);
        app.blockAction(TimelineIds.OLD_ACTION_SNOOZE_DAY, snoozeDay);
        app.blockAction(TimelineIds.ACTION_SNOOZE_WEEK, snoozeWeek);
        app.blockAction(TimelineIds.OLD_ACTION_SNOOZE_WEEK, snoozeWeek);
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
