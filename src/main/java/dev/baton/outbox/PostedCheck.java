package dev.baton.outbox;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in the conversation's history, a post that an earlier attempt made before its result was recorded (the
 * process was killed mid-send, or the call timed out), so a message Slack already has is recorded as sent instead
 * of being posted twice. Every outbox post carries its dedupe key as message metadata for this.
 */
final class PostedCheck {
    static final String EVENT_TYPE = "baton_outbox";
    /** Slack's clock and ours may differ a little; the window starts this much before the attempt did. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final int PAGES = 5;
    /** Answers that looking again will not change: the post is sent without the check (see the README). */
    private static final Set<String> CANNOT_LOOK = Set.of("missing_scope", "not_in_channel", "channel_not_found",
            "not_allowed_token_type", "cannot_dm_bot", "user_not_found", "user_disabled");

    /** What the history showed. */
    sealed interface Outcome {
    }

    /** Slack has the post: record it as sent with its conversation and timestamp. */
    record Found(Delivery.Sent sent) implements Outcome {
    }

    /** Slack does not have it (or it cannot be looked for): post it. */
    record Absent(String note) implements Outcome {
    }

    /** Slack could not be asked just now: try again later, still in doubt. */
    record Unanswered(String error) implements Outcome {
    }

    private final MethodsClient slack;
    private final Jdbi jdbi;

    PostedCheck(MethodsClient slack, Jdbi jdbi) {
        this.slack = slack;
        this.jdbi = jdbi;
    }

    static Message.Metadata metadata(String dedupeKey) {
        return new Message.Metadata(EVENT_TYPE, Map.of("key", dedupeKey));
    }

    /** Looks for the post keyed {@code dedupeKey} to {@code channel} (in the thread {@code threadTs}, if any). */
    Outcome find(String channel, String threadTs, String dedupeKey, Instant attemptedSince) {
        String oldest = slackTs(attemptedSince.minus(CLOCK_MARGIN));
        try {
            Optional<String> conversation = conversation(channel);
            if (conversation.isEmpty()) {
                return new Absent("no conversation id is known for " + channel);
            }
            String cursor = null;
            for (int page = 0; page < PAGES; page++) {
                String from = cursor;
                Page found = threadTs == null
                        ? page(slack.conversationsHistory(r -> r.channel(conversation.get()).oldest(oldest)
                                .includeAllMetadata(true).limit(200).cursor(from)))
                        : page(slack.conversationsReplies(r -> r.channel(conversation.get()).ts(threadTs)
                                .oldest(oldest).includeAllMetadata(true).limit(200).cursor(from)));
                Optional<Message> posted = found.messages().stream().filter(m -> carries(m, dedupeKey)).findFirst();
                if (posted.isPresent()) {
                    return new Found(new Delivery.Sent(conversation.get(), posted.get().getTs()));
                }
                if (found.nextCursor() == null || found.nextCursor().isEmpty()) {
                    return new Absent("not in " + conversation.get() + "'s history");
                }
                cursor = found.nextCursor();
            }
            return new Absent("not in the last " + PAGES * 200 + " messages");
        } catch (SlackAnswer answer) {
            return CANNOT_LOOK.contains(answer.error) ? new Absent("Slack answered " + answer.error)
                    : new Unanswered("Slack answered " + answer.error);
        } catch (IOException | SlackApiException e) {
            return new Unanswered(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A DM is looked for in the user's IM channel: the one an earlier DM was answered with, or opened now. */
    private Optional<String> conversation(String channel) throws IOException, SlackApiException, SlackAnswer {
        if (channel.startsWith("C") || channel.startsWith("G") || channel.startsWith("D")) {
            return Optional.of(channel);
        }
        Optional<String> known = jdbi.withExtension(OutboxDao.class, dao -> dao.knownConversation(channel));
        if (known.isPresent() || channel.startsWith("#")) {
            return known;
        }
        ConversationsOpenResponse opened = ok(slack.conversationsOpen(r -> r.users(List.of(channel))));
        return Optional.of(opened.getChannel().getId());
    }

    private record Page(List<Message> messages, String nextCursor) {
    }

    private static Page page(ConversationsHistoryResponse response) throws SlackAnswer {
        ok(response);
        return new Page(response.getMessages() == null ? List.of() : response.getMessages(),
                response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor());
    }

    private static Page page(ConversationsRepliesResponse response) throws SlackAnswer {
        ok(response);
        return new Page(response.getMessages() == null ? List.of() : response.getMessages(),
                response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor());
    }

    private static boolean carries(Message message, String dedupeKey) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && dedupeKey.equals(metadata.getEventPayload().get("key"));
    }

    private static <T extends SlackApiTextResponse> T ok(T response) throws SlackAnswer {
        if (!response.isOk()) {
            throw new SlackAnswer(response.getError());
        }
        return response;
    }

    /** Slack's message timestamps are seconds since the epoch with six decimals. */
    static String slackTs(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%06d", instant.getNano() / 1_000);
    }

    /** A Slack answer that is not ok, carried out of the lookup. */
    private static final class SlackAnswer extends Exception {
        private final String error;

        SlackAnswer(String error) {
            super(error, null, false, false);
            this.error = error;
        }
    }
}
