package dev.baton.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Baton's one seam for metrics: the parts that measure something are handed this and call one method each, so no
 * handler knows Micrometer. Names follow Micrometer's conventions (dots, base units); the Prometheus registry
 * turns them into {@code baton_slack_requests_seconds_bucket} and the like for {@code GET /metrics}.
 */
public final class BatonMetrics {
    /** Send results, as {@code baton.outbox.sends{result=...}}. */
    public static final String SENT = "sent";
    public static final String RETRIED = "retried";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String DEAD_LETTER = "dead_letter";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Timer gateWaits;
    private final Counter usageIngested;
    private final Counter usageRejected;
    /** Kept: the GC binder listens for collections for as long as it is referenced. */
    private JvmGcMetrics gc;

    public BatonMetrics() {
        gateWaits = Timer.builder("baton.slack.gate.wait")
                .description("How long a Slack request waited for its turn at the request gate")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(1)).register(registry);
        usageIngested = Counter.builder("baton.usage.events").tag("result", "ingested")
                .description("Product usage events received on /api/usage-events").register(registry);
        usageRejected = Counter.builder("baton.usage.events").tag("result", "rejected")
                .description("Product usage events received on /api/usage-events").register(registry);
        // every result shows from the start at 0, so a rate of dead letters is defined before the first one
        List.of(SENT, RETRIED, RATE_LIMITED, DEAD_LETTER).forEach(this::sends);
    }

    /** The JVM's memory, GC, threads, classes, CPU and uptime; once, at start. */
    public BatonMetrics withJvm() {
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return this;
    }

    /** The connection pool's use (active, idle, pending, acquire times), through HikariCP's own Micrometer binding. */
    public void bindPool(HikariDataSource pool) {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    /** A value read when scraped, such as the outbox's depth (read from a cache, not a query per scrape). */
    public <T> void gauge(String name, String description, String baseUnit, T source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, value).description(description).baseUnit(baseUnit).strongReference(true)
                .register(registry);
    }

    /**
     * One Slack request Bolt handled (or the guard refused): {@code kind} is Bolt's request type, {@code id} the
     * command, action id, view callback id or event type, {@code outcome} ok, error or refused.
     */
    public void slackRequest(String kind, String id, String outcome, long nanos) {
        // looked up by one string rather than built and registered per request: this runs on every Slack request
        requestTimers.computeIfAbsent(kind + '\n' + id + '\n' + outcome, key -> Timer.builder("baton.slack.requests")
                .description("Slack requests, by what they were and how they ended")
                .tags("kind", kind, "id", id, "outcome", outcome)
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A Slack request the guard refused, and why ({@code signature}, {@code replay}, ...). */
    public void slackRefused(String reason, long nanos) {
        slackRequest("unknown", "unknown", "refused." + reason, nanos);
    }

    public void gateWait(long nanos) {
        gateWaits.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One outbox delivery's result: {@link #SENT}, {@link #RETRIED}, {@link #RATE_LIMITED}, {@link #DEAD_LETTER}. */
    public void send(String result) {
        sends(result).increment();
    }

    private Counter sends(String result) {
        return Counter.builder("baton.outbox.sends").description("Outbox deliveries by result (posts, DMs, emails)")
                .tag("result", result).register(registry);
    }

    /** How late a due timeline step ran after its due time (the tick's period and any backlog). */
    public void dueStepLag(String step, Duration lag) {
        Timer.builder("baton.timeline.step.lag").description("How long after its due time a timeline step ran")
                .tag("step", step).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofDays(1)).register(registry)
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }

    public void usageEvents(int ingested, int rejected) {
        usageIngested.increment(ingested);
        usageRejected.increment(rejected);
    }

    /** Everything in Prometheus' text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
