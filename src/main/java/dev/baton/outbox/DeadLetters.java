package dev.baton.outbox;

import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Told, in the transaction that marks it, when an outbox row becomes a dead letter. */
@FunctionalInterface
public interface DeadLetters {
    DeadLetters IGNORE = (handle, message, error, now) -> { };

    void died(Handle handle, OutboxMessage message, String error, Instant now);
}
