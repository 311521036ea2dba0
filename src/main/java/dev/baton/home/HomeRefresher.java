package dev.baton.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Publishes App Home views after the ack, never on it: once when a person opens the tab (or pages, sorts), and again,
 * debounced, after changes to what it shows. A change marks the home in the database ({@link HomeRefreshQueue}), so
 * whichever instance polls first publishes it, many marks within the debounce become one publish, and a crash loses
 * none. Every instance's publishes take turns on one pace, inside {@code views.publish}'s rate limit (Tier 4, 100 a
 * minute), and a 429 holds them all for its Retry-After.
 */
final class HomeRefresher {
    private static final Logger log = LoggerFactory.getLogger(HomeRefresher.class);
    /** 100 publishes a minute at most, across every instance. */
    static final Duration SPACING = Duration.ofMillis(600);
    /** How far ahead a refresh books publish slots, so a person's own opening never waits long behind refreshes. */
    static final Duration HORIZON = Duration.ofSeconds(2);
    static final int BATCH = 10;

    private final HomeRefreshQueue queue;
    private final Clock clock;
    private final MethodsClient slack;
    private final BiFunction<String, HomeState, String> views;
    private final Executor executor;
    private final Duration debounce;

    /** {@code views}: the view of a person's home in a given state; {@code slack}: the client refreshes publish with. */
    HomeRefresher(HomeRefreshQueue queue, Clock clock, MethodsClient slack, BiFunction<String, HomeState, String> views,
                  Executor executor, Duration debounce) {
        this.queue = queue;
        this.clock = clock;
        this.slack = slack;
        this.views = views;
        this.executor = executor;
        this.debounce = debounce;
    }

    /** Publishes now (after the ack) what the person asked to see; later refreshes, on any instance, keep that state. */
    void show(MethodsClient client, String userId, HomeState state) {
        later(Duration.ZERO, () -> {
            Instant now = clock.instant();
            queue.remember(userId, state, now);
            Instant at = queue.reserve(now, SPACING, Duration.ofDays(1)).orElse(now);
            later(Duration.between(now, at), () -> publish(client, userId, state).ifPresent(retryAfter -> {
                queue.hold(clock.instant().plus(retryAfter));
                queue.mark(userId, clock.instant().plus(retryAfter));
            }));
        });
    }

    /** A change touched what the person's home shows: marks it for a publish after the debounce, once for many. */
    void changed(String userId) {
        if (userId != null && queue.mark(userId, clock.instant().plus(debounce))) {
            soon();
        }
    }

    /** Looks for due refreshes once the debounce of a mark just made is over, before the next poll would. */
    void soon() {
        later(debounce, this::poll);
    }

    Duration debounce() {
        return debounce;
    }

    /** Called every second on every instance: publishes the refreshes past their debounce that this instance claims. */
    void poll() {
        Instant now = clock.instant();
        for (String userId : queue.due(now, BATCH)) {
            Optional<Integer> marks = queue.claim(userId, now);
            if (marks.isEmpty()) {
                continue; // another instance has it
            }
            Optional<Instant> at = queue.reserve(now, SPACING, HORIZON);
            if (at.isEmpty()) {
                queue.requeue(userId, now); // the pace is booked for now: the next poll tries again
                return;
            }
            later(Duration.between(now, at.get()), () -> refresh(userId, marks.get()));
        }
    }

    int releaseClaims() {
        return queue.releaseAll();
    }

    private void refresh(String userId, int marks) {
        try {
            Optional<Duration> retryAfter = publish(slack, userId, queue.stateOf(userId));
            Instant now = clock.instant();
            if (retryAfter.isPresent()) {
                queue.hold(now.plus(retryAfter.get()));
                queue.requeue(userId, now.plus(retryAfter.get()));
            } else {
                queue.finish(userId, marks, now.plus(debounce));
            }
        } catch (RuntimeException e) {
            log.warn("App Home refresh for {} failed; its lease lapses for another try: {}", userId, e.toString());
        }
    }

    /** Publishes the view; answers Slack's Retry-After when it answered 429, else empty (done, or failed and logged). */
    private Optional<Duration> publish(MethodsClient client, String userId, HomeState state) {
        try {
            String view = views.apply(userId, state);
            var response = client.viewsPublish(r -> r.userId(userId).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {}", userId, response.getError());
            }
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                log.info("views.publish for {} rate limited; trying again in {} s", userId, wait.toSeconds());
                return Optional.of(wait);
            }
            log.warn("views.publish for {} failed: {}", userId, e.toString());
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", userId, e.toString());
        }
        return Optional.empty();
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private void later(Duration delay, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("App Home publish failed: {}", e.toString());
            }
        };
        try {
            if (delay.isNegative() || delay.isZero()) {
                executor.execute(guarded);
            } else {
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, executor).execute(guarded);
            }
        } catch (RejectedExecutionException e) {
            // stopping: a marked refresh stays in the database for another instance, or this one restarted
        }
    }
}
