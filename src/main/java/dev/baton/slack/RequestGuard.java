package dev.baton.slack;

import dev.baton.metrics.BatonMetrics;
import dev.baton.store.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Stands in front of Bolt on {@code /slack/events}: bounded body (413), a valid {@code v0} signature
 * compared in constant time, a timestamp within five minutes either way, and no replays.
 */
public final class RequestGuard implements Filter {
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** The request attribute holding why a request's replay check could not run (the database was out of reach). */
    static final String REPLAY_UNCHECKED = "baton.replay-unchecked";
    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

    private final SlackSignature signature;
    private final SeenRequests seen;
    private final Clock clock;
    private final int maxBodyBytes;
    private final BatonMetrics metrics;

    public RequestGuard(SlackSignature signature, SeenRequests seen, Clock clock, int maxBodyBytes) {
        this(signature, seen, clock, maxBodyBytes, new BatonMetrics());
    }

    /** {@code metrics} counts and times the refusals by reason. */
    public RequestGuard(SlackSignature signature, SeenRequests seen, Clock clock, int maxBodyBytes,
                        BatonMetrics metrics) {
        this.metrics = metrics;
        this.signature = signature;
        this.seen = seen;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        long started = System.nanoTime();
        String refused = check(http, out, chain);
        if (refused != null) {
            metrics.slackRefused(refused, System.nanoTime() - started);
        }
    }

    /** Passes the request on, or answers it; returns why it was refused (a metrics tag), or null. */
    private String check(HttpServletRequest http, HttpServletResponse out, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = BoundedBody.read(http, maxBodyBytes);
        if (body == null) {
            refuse(out, 413, "request body is larger than " + maxBodyBytes + " bytes");
            return "too_large";
        }
        String timestamp = http.getHeader("X-Slack-Request-Timestamp");
        String provided = http.getHeader("X-Slack-Signature");
        if (timestamp == null || provided == null) {
            refuse(out, 401, "missing X-Slack-Request-Timestamp or X-Slack-Signature");
            return "unsigned";
        }
        long signedAt = signedAt(timestamp);
        if (signedAt < 0) {
            refuse(out, 401, "timestamp is outside the 5-minute window");
            return "stale";
        }
        if (!signature.matches(timestamp, body, provided)) {
            refuse(out, 401, "signature does not match");
            return "signature";
        }
        HttpServletRequest passed = http instanceof CachedBodyRequest ? http : new CachedBodyRequest(http, body);
        if (replayAnswered(passed, out, provided, signedAt)) {
            return passed.getHeader("X-Slack-Retry-Num") != null ? "retry_already_handled" : "replay";
        }
        chain.doFilter(passed, out);
        return null;
    }

    /**
     * Records the signature; when it was already recorded, answers the replay (a retry of an event with a 200) and
     * says so. When the database is out of reach the request, authentic and fresh (both checked before), goes on
     * marked {@link #REPLAY_UNCHECKED}: no handler runs for it, and the person who acted is told the database is
     * away rather than shown the bare "dispatch failed" that Slack shows for a refusal.
     */
    private boolean replayAnswered(HttpServletRequest request, HttpServletResponse out, String signature, long signedAt)
            throws IOException {
        try {
            if (seen.firstTime(signature, signedAt)) {
                return false;
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnreachable.in(e)) {
                throw e;
            }
            request.setAttribute(REPLAY_UNCHECKED, e);
            return false;
        }
        if (request.getHeader("X-Slack-Retry-Num") != null) {
            out.setStatus(200);
            return true;
        }
        refuse(out, 401, "request was already received (replay)");
        return true;
    }

    /** The request's signing time in epoch seconds, or -1 when it is not a number within five minutes of now. */
    private long signedAt(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.trim());
            long now = clock.instant().getEpochSecond();
            return Math.abs(now - seconds) <= WINDOW.toSeconds() ? seconds : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(HttpServletResponse out, int status, String reason) throws IOException {
        log.warn("Refused a Slack request: {}", reason);
        out.setStatus(status);
        out.setContentType("application/json");
        out.getWriter().write("{\"error\":\"" + reason + "\"}");
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
