package dev.baton.outbox;

/** Where a keyed message was posted, so an update can edit it in place. */
public record PostedMessage(String channel, String ts) {
}
