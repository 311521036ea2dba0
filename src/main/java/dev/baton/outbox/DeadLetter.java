package dev.baton.outbox;

import java.time.Instant;

/** A message Baton gave up on, as leaders see it. */
public record DeadLetter(long id, String destination, int attempts, String error, String dedupeKey, Instant queuedAt) {
    static DeadLetter of(OutboxMessage message, String error) {
        String destination = Outbox.SLACK_UPDATE.equals(message.kind())
                ? "the message " + message.targetKey() + " (an update)" : message.channel();
        return new DeadLetter(message.id(), destination, message.attempts(), error == null ? "" : error,
                message.dedupeKey(), message.createdAt());
    }
}
