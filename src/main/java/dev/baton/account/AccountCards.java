package dev.baton.account;

import com.google.gson.JsonObject;

import java.util.Optional;

/**
 * The account card behind the "Open account" buttons on other workflows' messages (a usage alert's, say). The
 * workflow that owns the card (the hand-off) provides it when it registers, so a workflow that shows the card
 * imports no other workflow.
 */
public final class AccountCards {
    /** Renders one account's card as a Slack message; empty when the account no longer exists. */
    @FunctionalInterface
    public interface Renderer {
        Optional<JsonObject> card(long accountId);
    }

    private volatile Renderer renderer;

    /** Called by the workflow that owns the card while Baton registers the workflows, before it serves. */
    public void provide(Renderer renderer) {
        if (this.renderer != null) {
            throw new IllegalStateException("two workflows provide the account card");
        }
        this.renderer = renderer;
    }

    /** The account's card; empty when the account no longer exists. */
    public Optional<JsonObject> card(long accountId) {
        Renderer provided = renderer;
        if (provided == null) {
            throw new IllegalStateException("no workflow provides the account card");
        }
        return provided.card(accountId);
    }
}
