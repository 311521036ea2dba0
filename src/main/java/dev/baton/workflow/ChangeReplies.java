package dev.baton.workflow;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import dev.baton.render.BlockKit;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;

import java.util.Map;
import java.util.Optional;

/**
 * How a workflow's button handlers answer a {@link Change}: open the form, replace the message with the account's
 * card (a notice under it), or say why not where the button was. The workflow gives its own card.
 */
public final class ChangeReplies {
    /** The workflow's card of the account as {@code viewer} sees it now; empty when the account is gone. */
    public interface Cards {
        Optional<JsonObject> card(long accountId, String viewer);
    }

    private final ResponseUrls responses;
    private final BlockKit blockKit;
    private final Cards cards;

    public ChangeReplies(ResponseUrls responses, BlockKit blockKit, Cards cards) {
        this.responses = responses;
        this.blockKit = blockKit;
        this.cards = cards;
    }

    public void answer(ActionContext ctx, BlockActionPayload payload, Change change) {
        String responseUrl = payload.getResponseUrl();
        if (change instanceof Change.Show show) {
            Modals.open(ctx.client(), payload.getTriggerId(), show.view())
                    .ifPresent(refusal -> notice(responseUrl, refusal.sentence("the form")));
        } else if (change instanceof Change.Done done) {
            showCard(responseUrl, done.accountId(), payload.getUser().getId(), done.notice());
        } else if (change instanceof Change.Refused refused) {
            notice(responseUrl, refused.why());
        } else if (change instanceof Change.Invalid invalid) {
            notice(responseUrl, String.join(" ", invalid.problems().values()));
        }
    }

    /** Replaces the message at {@code responseUrl} with the account's card, {@code notice} (when not null) under it. */
    public void showCard(String responseUrl, long accountId, String viewer, String notice) {
        if (responseUrl == null) {
            return;
        }
        responses.replace(responseUrl, cards.card(accountId, viewer).map(message -> {
            if (notice != null) {
                message.getAsJsonArray("blocks").add(notice(":white_check_mark: " + notice)
                        .getAsJsonArray("blocks").get(0));
            }
            return message;
        }).orElseGet(() -> notice("That account no longer exists.")));
    }

    public void notice(String responseUrl, String text) {
        if (responseUrl != null) {
            responses.reply(responseUrl, notice(text));
        }
    }

    private JsonObject notice(String text) {
        return blockKit.renderTree("fragments/notice.json.ftl", Map.of("text", text));
    }
}
