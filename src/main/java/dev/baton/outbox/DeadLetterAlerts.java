package dev.baton.outbox;

import com.google.gson.JsonObject;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Tells each leader by DM, through the outbox, that a message became a dead letter, with Retry and Drop. */
public final class DeadLetterAlerts implements DeadLetters {
    static final String PREFIX = "dead-letter:";

    private final BlockKit blockKit;
    private final Set<String> leaders;

    public DeadLetterAlerts(BlockKit blockKit, Set<String> leaders) {
        this.blockKit = blockKit;
        this.leaders = leaders;
    }

    @Override
    public void died(Handle handle, OutboxMessage message, String error, Instant now) {
        if (message.dedupeKey().startsWith(PREFIX)) {
            return; // an alert that could not be delivered is on the App Home list; alerting about it would loop
        }
        DeadLetter letter = DeadLetter.of(message, error);
        JsonObject alert = blockKit.renderTree("outbox/dead-letter.json.ftl", Map.of("id", letter.id(),
                "destination", letter.destination(), "attempts", message.attempts() + 1, "error", letter.error(),
                "dedupeKey", letter.dedupeKey(), "queuedAt", letter.queuedAt().toString()));
        for (String leader : leaders) {
            Outbox.post(handle, PREFIX + message.id() + ":" + leader + ":" + now.toEpochMilli(), leader, alert, now);
        }
    }
}
