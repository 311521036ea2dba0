package dev.baton.metrics;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiErrors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code GET /metrics} in Prometheus' text format. With {@code BATON_METRICS_TOKEN} set a scraper must send it as a
 * bearer token (401 otherwise); unset, the route is open, as Prometheus scrapes expect inside a private network.
 */
public final class MetricsEndpoint {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final BatonMetrics metrics;
    private final Optional<byte[]> token;

    public MetricsEndpoint(BatonMetrics metrics, Optional<String> token) {
        this.metrics = metrics;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public void register(App app) {
        app.endpoint("GET", "/metrics", (req, ctx) -> answer(req));
    }

    Response answer(WebEndpointRequest req) {
        if (token.isPresent() && !authorised(req.getHeaders().getFirstValue("Authorization"))) {
            return ApiErrors.of(401, "missing or wrong bearer token: send Authorization: Bearer <BATON_METRICS_TOKEN>");
        }
        return Response.builder().statusCode(200).contentType(CONTENT_TYPE).body(metrics.scrape()).build();
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }
}
