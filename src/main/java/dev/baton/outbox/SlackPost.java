package dev.baton.outbox;

/** One Slack post to queue in a batch: its dedupe key, channel, optional target key and JSON payload. */
public record SlackPost(String dedupeKey, String channel, String targetKey, String payload) {
}
