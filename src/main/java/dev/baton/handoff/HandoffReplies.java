package dev.baton.handoff;

import com.google.gson.JsonObject;
import com.slack.api.methods.MethodsClient;
import dev.baton.slack.Modals;
import dev.baton.slack.ResponseUrls;

import java.util.Optional;

/** How the hand-off handlers answer: open a modal, show the card in place of the message, or a notice. */
final class HandoffReplies {
    private final ResponseUrls responses;
    private final HandoffViews views;
    private final HandoffService service;

    HandoffReplies(ResponseUrls responses, HandoffViews views, HandoffService service) {
        this.responses = responses;
        this.views = views;
        this.service = service;
    }

    /** The account's card as it is now; empty when the account no longer exists. */
    Optional<JsonObject> card(long accountId) {
        return service.card(accountId).map(views::card);
    }

    /** Replaces the message at {@code responseUrl} with the account's card, as it is now. */
    void showCard(String responseUrl, long accountId) {
        if (responseUrl != null) {
            responses.replace(responseUrl, card(accountId).orElseGet(() -> views.notice("That account no longer exists.")));
        }
    }

    void notice(String responseUrl, String text) {
        responses.reply(responseUrl, views.notice(text));
    }

    /** Opens a modal while the trigger id lives; when Slack refuses, says so where the button was. */
    void open(MethodsClient client, String triggerId, String view, String responseUrl) {
        Modals.open(client, triggerId, view)
                .ifPresent(refusal -> responses.reply(responseUrl, views.notice(refusal.sentence("the form"))));
    }
}
