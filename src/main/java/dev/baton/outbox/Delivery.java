package dev.baton.outbox;

import java.time.Duration;

/** What came of one attempt to deliver an outbox row, by Slack or by email. */
sealed interface Delivery {
    /** Delivered: for Slack the conversation and the message's {@code ts}, for an email no channel and its Message-ID. */
    record Sent(String channel, String messageId) implements Delivery {
    }

    /** {@code outcomeUnknown}: the attempt broke off after it may have been delivered. */
    record Retry(String error, boolean outcomeUnknown) implements Delivery {
        Retry(String error) {
            this(error, false);
        }
    }

    /** The service asked for a pause before the next attempt. */
    record RateLimited(Duration retryAfter) implements Delivery {
    }

    /** A customer's address the mail server refused permanently (5xx): the row is marked bounced, not retried. */
    record Bounced(String error) implements Delivery {
    }

    /** No retry will fix it: a person has to act, so it becomes a dead letter. */
    record Permanent(String error) implements Delivery {
    }
}
