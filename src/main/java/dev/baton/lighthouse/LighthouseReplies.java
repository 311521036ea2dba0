package dev.baton.lighthouse;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;

/** How the Lighthouse handlers answer a button: open the form, replace the message with the card, or say why not. */
final class LighthouseReplies {
    private final ResponseUrls responses;
    private final LighthouseViews views;
    private final LighthouseOverview overview;

    LighthouseReplies(ResponseUrls responses, LighthouseViews views, LighthouseOverview overview) {
        this.responses = responses;
        this.views = views;
        this.overview = overview;
    }

    void answer(ActionContext ctx, BlockActionPayload payload, LighthouseChange change) {
        String responseUrl = payload.getResponseUrl();
        if (change instanceof LighthouseChange.Show show) {
            open(ctx, payload.getTriggerId(), show.view(), responseUrl);
        } else if (change instanceof LighthouseChange.Done done) {
            showCard(responseUrl, done.accountId(), payload.getUser().getId(), done.notice());
        } else if (change instanceof LighthouseChange.Refused refused) {
            notice(responseUrl, refused.why());
        } else if (change instanceof LighthouseChange.Invalid invalid) {
            notice(responseUrl, String.join(" ", invalid.problems().values()));
        }
    }

    /** Replaces the message at {@code responseUrl} with the account's card as {@code viewer} sees it now. */
    void showCard(String responseUrl, long accountId, String viewer, String notice) {
        if (responseUrl == null) {
            return;
        }
        responses.replace(responseUrl, overview.card(accountId, viewer).map(card -> {
            var message = views.card(card);
            if (notice != null) {
                message.getAsJsonArray("blocks").add(views.notice(":white_check_mark: " + notice)
                        .getAsJsonArray("blocks").get(0));
            }
            return message;
        }).orElseGet(() -> views.notice("That account no longer exists.")));
    }

    void notice(String responseUrl, String text) {
        if (responseUrl != null) {
            responses.reply(responseUrl, views.notice(text));
        }
    }

    private void open(ActionContext ctx, String triggerId, String view, String responseUrl) {
        Modals.open(ctx.client(), triggerId, view).ifPresent(refusal -> notice(responseUrl, refusal.sentence("the form")));
    }
}
