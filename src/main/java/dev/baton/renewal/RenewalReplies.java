package dev.baton.renewal;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;

/** How the renewal handlers answer a button: open the form, replace the message with the outcome, or say why not. */
final class RenewalReplies {
    private final ResponseUrls responses;
    private final RenewalViews views;
    private final RenewalOverview overview;

    RenewalReplies(ResponseUrls responses, RenewalViews views, RenewalOverview overview) {
        this.responses = responses;
        this.views = views;
        this.overview = overview;
    }

    void answer(ActionContext ctx, BlockActionPayload payload, RenewalChange change) {
        String responseUrl = payload.getResponseUrl();
        if (change instanceof RenewalChange.Show show) {
            open(ctx, payload.getTriggerId(), show.view(), responseUrl);
        } else if (change instanceof RenewalChange.Done done) {
            showCard(responseUrl, done.accountId(), payload.getUser().getId(), done.notice());
        } else if (change instanceof RenewalChange.Refused refused) {
            notice(responseUrl, refused.why());
        } else if (change instanceof RenewalChange.Invalid invalid) {
            notice(responseUrl, String.join(" ", invalid.problems().values()));
        }
    }

    /** Replaces the message at {@code responseUrl} with the account's renewal card as {@code viewer} sees it now. */
    void showCard(String responseUrl, long accountId, String viewer) {
        showCard(responseUrl, accountId, viewer, null);
    }

    private void showCard(String responseUrl, long accountId, String viewer, String notice) {
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
