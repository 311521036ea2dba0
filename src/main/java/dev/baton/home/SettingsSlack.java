package dev.baton.home;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The controls of My settings in App Home: each stores the choice, then the home is published again. */
final class SettingsSlack {
    private final MySettings settings;
    private final HomeRefresher refresher;

    SettingsSlack(MySettings settings, HomeRefresher refresher) {
        this.settings = settings;
        this.refresher = refresher;
    }

    /** {@code home-alert-first-use} and the like; the selected option's value is {@code all}, {@code red} or {@code none}. */
    Response alertChosen(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload.Action action = req.getPayload().getActions().get(0);
        String alert = action.getActionId().substring(HomeIds.ACTION_ALERT.length() + 1);
        settings.chooseAlert(req.getPayload().getUser().getId(), alert, selected(action));
        return republish(req, ctx);
    }

    /** {@code home-quiet-from} (an hour), {@code -until} (an hour), {@code -weekends} (1 or 0), {@code -reset}. */
    Response quietHoursChosen(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload.Action action = req.getPayload().getActions().get(0);
        String part = action.getActionId().substring(HomeIds.ACTION_QUIET.length() + 1);
        int value;
        try {
            value = "reset".equals(part) ? 0 : Integer.parseInt(selected(action));
        } catch (NumberFormatException e) {
            return republish(req, ctx); // an out-of-date control: show the settings as they are
        }
        settings.changeQuietHours(req.getPayload().getUser().getId(), part, value);
        return republish(req, ctx);
    }

    private Response republish(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        HomeState state = payload.getView() == null ? HomeState.FIRST
                : HomeState.decode(payload.getView().getPrivateMetadata());
        refresher.show(ctx.client(), payload.getUser().getId(), state);
        return ctx.ack();
    }

    private static String selected(BlockActionPayload.Action action) {
        if (action.getSelectedOption() != null) {
            return action.getSelectedOption().getValue();
        }
        return action.getValue() == null ? "" : action.getValue();
    }
}
