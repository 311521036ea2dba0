package dev.baton.roles;

import com.google.gson.JsonObject;
import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Tells the account team, through the outbox, when the required roles are covered for the first time. */
public final class RolesNotifications {
    private final BlockKit blockKit;

    public RolesNotifications(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    void coverageComplete(Handle handle, RolesCard card, Instant now) {
        JsonObject message = blockKit.renderTree("roles/coverage-complete.json.ftl", Map.of("card", card));
        String channel = card.account().slackChannel();
        List<String> recipients = channel != null && !channel.isBlank() ? List.of(channel)
                : card.account().team().stream()
                        .filter(id -> id.equals(card.account().ae()) || id.equals(card.account().ce())
                                || id.equals(card.account().ta()))
                        .toList();
        for (String recipient : recipients) {
            Outbox.post(handle, "roles-covered:" + card.account().id() + ":" + recipient, recipient, message, now);
        }
    }
}
