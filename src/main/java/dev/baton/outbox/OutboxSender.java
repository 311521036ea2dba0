package dev.baton.outbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Delivers due outbox rows: claims each with a lease, sends it, and records the result or the retry. */
public final class OutboxSender {
    static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Slack errors that no retry will fix: a person has to act. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "invalid_blocks", "msg_too_long", "no_text", "invalid_auth", "account_inactive",
            "token_revoked", "missing_scope", "restricted_action", "cannot_dm_bot", "user_disabled");
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Jdbi jdbi;
    private final MethodsClient slack;
    private final Clock clock;
    private final String owner;

    public OutboxSender(Jdbi jdbi, MethodsClient slack, Clock clock, String owner) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
        this.owner = owner;
    }

    /** One pass: delivers up to {@code limit} due rows; returns how many it attempted. */
    public int deliverDue(int limit) {
        List<Long> due = jdbi.withExtension(OutboxDao.class, dao -> dao.dueIds(clock.instant(), limit));
        int attempted = 0;
        for (long id : due) {
            Instant now = clock.instant();
            boolean claimed = jdbi.withExtension(OutboxDao.class, dao -> dao.claim(id, owner, now, now.plus(LEASE))) == 1;
            if (claimed) {
                deliver(jdbi.withExtension(OutboxDao.class, dao -> dao.byId(id)));
                attempted++;
            }
        }
        return attempted;
    }

    private void deliver(OutboxMessage message) {
        try {
            JsonObject payload = JsonParser.parseString(message.payload()).getAsJsonObject();
            ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(message.channel())
                    .text(payload.has("text") ? payload.get("text").getAsString() : "")
                    .blocksAsString(payload.has("blocks") ? payload.get("blocks").toString() : null)
                    .unfurlLinks(false).unfurlMedia(false));
            if (response.isOk()) {
                jdbi.useExtension(OutboxDao.class, dao ->
                        dao.markSent(message.id(), owner, response.getChannel(), response.getTs(), clock.instant()));
            } else if (PERMANENT.contains(response.getError())) {
                dead(message, explain(response.getError(), message.channel()));
            } else {
                retry(message, "Slack answered " + response.getError(), null);
            }
        } catch (SlackApiException e) {
            Duration retryAfter = null;
            if (e.getResponse().code() == 429) {
                String header = e.getResponse().header("Retry-After");
                retryAfter = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.trim()));
            }
            retry(message, "Slack answered HTTP " + e.getResponse().code(), retryAfter);
        } catch (Exception e) {
            retry(message, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private void retry(OutboxMessage message, String error, Duration retryAfter) {
        if (message.attempts() + 1 >= MAX_ATTEMPTS) {
            dead(message, error + " (gave up after " + MAX_ATTEMPTS + " attempts)");
            return;
        }
        Duration wait = retryAfter != null ? retryAfter : backoff(message.attempts());
        log.warn("Outbox {} will retry in {}: {}", message.dedupeKey(), wait, error);
        jdbi.useExtension(OutboxDao.class, dao -> dao.markRetry(message.id(), owner, error, clock.instant().plus(wait)));
    }

    private void dead(OutboxMessage message, String error) {
        log.error("Outbox {} is a dead letter: {}", message.dedupeKey(), error);
        jdbi.useExtension(OutboxDao.class, dao -> dao.markDead(message.id(), owner, error));
    }

    /** Exponential backoff from 2 s, capped at 10 minutes, with full jitter over the upper half. */
    static Duration backoff(int attemptsSoFar) {
        long ceiling = Math.min(600_000L, 2_000L << Math.min(attemptsSoFar, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    static String explain(String error, String channel) {
        return switch (error) {
            case "not_in_channel" -> "Baton is not in " + channel + ": invite it with /invite @baton, then retry.";
            case "channel_not_found" -> "Channel " + channel + " does not exist or Baton cannot see it: "
                    + "check the channel setting, invite Baton, then retry.";
            case "is_archived" -> "Channel " + channel + " is archived: unarchive it or change the setting, then retry.";
            default -> "Slack refused the message to " + channel + ": " + error + ".";
        };
    }
}
