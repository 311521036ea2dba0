package dev.baton.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Publishes App Home views after the ack, never on it: once when a person opens the tab, and again, debounced,
 * after changes to what it shows. Many requests for one person within the debounce become one publish; publishes
 * are spaced so Baton stays inside {@code views.publish}'s rate limit (Tier 4, 100 a minute), and a 429 is tried
 * again after its Retry-After. Only people who opened the tab since this instance started are refreshed: Slack
 * republishes nothing by itself, and the next opening publishes afresh anyway.
 */
final class HomeRefresher {
    private static final Logger log = LoggerFactory.getLogger(HomeRefresher.class);
    static final Duration DEBOUNCE = Duration.ofMillis(1500);
    /** 100 publishes a minute at most, across everyone this instance refreshes. */
    static final Duration SPACING = Duration.ofMillis(600);

    private final BiFunction<String, HomeState, String> views;
    private final Executor executor;
    private final Duration debounce;
    private final Map<String, HomeState> shown = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final AtomicReference<MethodsClient> client = new AtomicReference<>();
    private long nextSlotNanos = System.nanoTime();

    /** {@code views}: the view of a person's home in a given state. */
    HomeRefresher(BiFunction<String, HomeState, String> views, Executor executor, Duration debounce) {
        this.views = views;
        this.executor = executor;
        this.debounce = debounce;
    }

    /** Publishes now (after the ack) what the person asked to see; later refreshes keep that state. */
    void show(MethodsClient slack, String userId, HomeState state) {
        client.set(slack);
        shown.put(userId, state);
        pending.put(userId, Boolean.TRUE); // what the person asked for goes out now, whatever else is on its way
        start(userId, Duration.ZERO);
    }

    /** A change touched what the person's home shows: publishes it again after the debounce, once for many. */
    void changed(String userId) {
        if (userId != null && shown.containsKey(userId)) {
            schedule(userId, debounce);
        }
    }

    boolean watching(String userId) {
        return shown.containsKey(userId);
    }

    private void schedule(String userId, Duration delay) {
        if (pending.putIfAbsent(userId, Boolean.TRUE) != null) {
            return; // one publish is already on its way; it reads the data as it is then
        }
        start(userId, delay);
    }

    private void start(String userId, Duration delay) {
        long waitNanos = slot(delay.toNanos());
        try {
            CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS, executor).execute(() -> publish(userId));
        } catch (RejectedExecutionException e) {
            pending.remove(userId); // stopping
        }
    }

    /** Reserves the next publish slot at least {@code delayNanos} from now; answers how long until it. */
    private synchronized long slot(long delayNanos) {
        long now = System.nanoTime();
        long at = Math.max(now + delayNanos, nextSlotNanos);
        nextSlotNanos = at + SPACING.toNanos();
        return at - now;
    }

    private void publish(String userId) {
        pending.remove(userId);
        MethodsClient slack = client.get();
        try {
            String view = views.apply(userId, shown.getOrDefault(userId, HomeState.FIRST));
            var response = slack.viewsPublish(r -> r.userId(userId).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {}", userId, response.getError());
            }
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                retryAfter(userId, e.getResponse().header("Retry-After"));
            } else {
                log.warn("views.publish for {} failed: {}", userId, e.toString());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", userId, e.toString());
        }
    }

    private void retryAfter(String userId, String header) {
        long seconds;
        try {
            seconds = header == null ? 1 : Math.max(1, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            seconds = 1;
        }
        log.info("views.publish for {} rate limited; trying again in {} s", userId, seconds);
        schedule(userId, Duration.ofSeconds(seconds));
    }
}
