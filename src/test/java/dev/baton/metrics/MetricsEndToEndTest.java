package dev.baton.metrics;

import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics} during a real run: signed Slack requests (and one the guard refuses), usage events ingested
 * and rejected, DMs through the outbox (one answered 429), a timeline step run late; every family shows, counted.
 */
class MetricsEndToEndTest {
    private static final String TOKEN = "test-metrics-token";
    /** A Monday afternoon in working hours: the account's roles step fell due at 09:00, six hours before. */
    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_METRICS_TOKEN", TOKEN), RunningClock.from(START));
        requests = baton.slackRequests();
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @Test
    void refusesAScrapeWithoutTheToken() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = scrape("not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("BATON_METRICS_TOKEN").doesNotContain(TOKEN);
    }

    @Test
    void showsEveryFamilyCountedDuringARun() throws Exception {
        assertThat(baton.postApi("/api/accounts", "[{\"crm_id\":\"MET-1\",\"name\":\"Metrics Co\",\"ae\":\"UAMET\","
                + "\"ce\":\"UCMET\",\"ta\":\"UTMET\",\"contract_signed_at\":\"2026-11-16T09:00:00Z\"}]").body())
                .contains("\"created\":1");
        slack.rateLimitNext("chat.postMessage", 1);
        for (String role : List.of("Instance Admin", "Program Contact", "Champion")) {
            String email = role.replace(" ", "").toLowerCase() + "@metrics.example";
            assertThat(requests.slashCommand("/roles", "MET-1 tag " + email + " " + role, Fixtures.LEADER).body())
                    .contains("Tagged " + email);
        }
        assertThat(requests.blockAction(Fixtures.LEADER, "roles-tag-contact", "1:1", slack.responseUrl("met"), null)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> forged = new SlackRequests(baton.eventsUri(), "not-the-secret").withClock(baton.clock())
                .slashCommand("/roles", "MET-1", Fixtures.LEADER);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(baton.postApi("/api/usage-events", "[{\"account\":\"MET-1\",\"feature\":\"search\",\"user\":\"u1\","
                + "\"occurred_at\":\"2026-11-23T10:00:00Z\"},{\"account\":\"MET-1\",\"user\":\"u2\"}]").body())
                .contains("\"accepted\":1,\"rejected\":1");
        baton.baton().tick();
        Await.until("the DMs to be sent past the 429", Duration.ofSeconds(20),
                () -> value(scrape(TOKEN).body(), "baton_outbox_sends_total{result=\"sent\"}") >= 4, () -> slack.calls());

        String metrics = scrape(TOKEN).body();
        assertThat(metrics).contains("baton_slack_requests_seconds_bucket{id=\"/roles\",kind=\"command\",outcome=\"ok\"")
                .contains("baton_slack_requests_seconds_count{id=\"unknown\",kind=\"unknown\",outcome=\"refused.signature\"}");
        assertThat(value(metrics, "baton_slack_requests_seconds_count{id=\"/roles\",kind=\"command\",outcome=\"ok\"}"))
                .isEqualTo(3);
        assertThat(metrics).contains("baton_slack_requests_seconds_count{id=\"roles-tag-contact\",kind=\"block_action\"");
        assertThat(value(metrics, "baton_slack_gate_wait_seconds_count")).isGreaterThanOrEqualTo(5);
        assertThat(value(metrics, "baton_outbox_sends_total{result=\"rate_limited\"}")).isEqualTo(1);
        assertThat(metrics).contains("baton_outbox_sends_total{result=\"retried\"}")
                .contains("baton_outbox_sends_total{result=\"dead_letter\"}");
        assertThat(metrics).contains("baton_outbox_pending_messages ").contains("baton_outbox_dead_messages ")
                .contains("baton_outbox_oldest_pending_age_seconds ");
        assertThat(metrics).contains("baton_timeline_step_lag_seconds_count{step=\"roles-tagged\"}");
        assertThat(value(metrics, "baton_usage_events_total{result=\"ingested\"}")).isEqualTo(1);
        assertThat(value(metrics, "baton_usage_events_total{result=\"rejected\"}")).isEqualTo(1);
        assertThat(metrics).contains("hikaricp_connections_active{pool=").contains("hikaricp_connections_acquire_seconds");
        assertThat(metrics).contains("jvm_memory_used_bytes{").contains("jvm_gc_").contains("jvm_threads_live_threads ");
    }

    /** The value of one sample line, {@code name{labels} value}; fails when it is not there. */
    static double value(String metrics, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no sample " + sample + " in\n" + metrics);
        }
        return Double.parseDouble(line.group(1));
    }

    private HttpResponse<String> scrape(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baton.uri("/metrics")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
