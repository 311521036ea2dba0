package dev.baton.slack;

import dev.baton.metrics.BatonMetrics;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.util.json.GsonFactory;
import dev.baton.config.StartupFailure;
import dev.baton.store.DatabasePatience;
import dev.baton.store.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Baton's Slack side over Socket Mode ({@code SLACK_APP_TOKEN}): Baton connects out to Slack, so no public address
 * is needed. Each envelope takes the path a POST to {@code /slack/events} takes: the quick database patience, a turn
 * at the {@link SlackRequestGate}, the replay check, then {@link SlackDispatch} into the same Bolt app. Slack
 * authenticates the connection (the app token asked {@code apps.connections.open} for its URL), which replaces the
 * signature and timestamp checks; the replay check is on the envelope id, since Slack sends an envelope that was not
 * acknowledged again after a reconnect, and events keep their event-id check in the app.
 *
 * <p>A stop is graceful: the connection takes no new envelope (left unacknowledged, Slack sends it again to another
 * connection, where it runs once), lets those in flight finish, their acks sent and their work in the outbox or the
 * responders, for at most {@link BatonServer#DRAIN}, and only then closes the socket, never interrupting a handler.
 */
public final class SocketModeConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    private static final String ENVELOPE = "envelope:";

    private final SlackApp slack;
    private final String appToken;
    private final SeenRequests seen;
    private final Clock clock;
    private final SlackRequestGate gate;
    private final SlackDispatch dispatch;
    private final SocketModeRequestParser parser;
    private final Gson gson;
    private SocketModeClientJavaWSImpl client;
    /** The ids of the envelopes being handled; a stop waits until it is empty. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Object idle = new Object();
    private volatile boolean accepting = true;

    public SocketModeConnection(SlackApp slack, String appToken, SeenRequests seen, Clock clock,
                                DatabaseOutageAnswers outage, BatonMetrics metrics) {
        this.slack = slack;
        this.appToken = appToken;
        this.seen = seen;
        this.clock = clock;
        this.gate = SlackRequestGate.forThisMachine(metrics);
        this.dispatch = new SlackDispatch(slack.app(), outage);
        this.parser = new SocketModeRequestParser(slack.app().config());
        this.gson = GsonFactory.createSnakeCase(slack.slack().getConfig());
    }

    /** Asks Slack for a connection URL with the app token and connects; a refusal is a {@link StartupFailure}. */
    public void start() {
        String url = connectionUrl();
        try {
            client = new SocketModeClientJavaWSImpl(slack.slack(), appToken, url);
        } catch (java.net.URISyntaxException e) {
            throw new StartupFailure("SLACK_APP_TOKEN: apps.connections.open answered a URL that is not one (" + url + ")");
        }
        client.addWebSocketMessageListener(this::received);
        client.connect();
        client.setAutoReconnectEnabled(true); // the session monitor reconnects (to a new URL) when the socket drops
        log.info("Connected to Slack over Socket Mode");
    }

    private String connectionUrl() {
        AppsConnectionsOpenResponse opened;
        try {
            opened = slack.slack().methods().appsConnectionsOpen(r -> r.token(appToken));
        } catch (IOException | com.slack.api.methods.SlackApiException e) {
            throw new StartupFailure("SLACK_APP_TOKEN could not be checked: apps.connections.open at " + slack.apiUrl()
                    + " failed (" + e.getMessage() + "); check SLACK_API_URL and the network");
        }
        if (!opened.isOk() || opened.getUrl() == null) {
            throw new StartupFailure("SLACK_APP_TOKEN was refused by apps.connections.open: " + opened.getError()
                    + " (use an app-level token with the connections:write scope, and turn Socket Mode on for the app)");
        }
        return opened.getUrl();
    }

    /** One message from Slack; only envelopes (not {@code hello}) are requests. */
    void received(String message) {
        SocketModeRequest request;
        try {
            request = parser.parse(message);
        } catch (RuntimeException e) {
            log.warn("Malformed Socket Mode envelope: {}", e.getMessage());
            return;
        }
        if (request == null || request.getBoltRequest() == null) {
            return;
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        if (!enter(envelopeId)) {
            log.info("Stopping: leaving Socket Mode envelope {} for Slack to send again", envelopeId);
            return;
        }
        try {
            DatabasePatience.during(DatabasePatience.QUICK, () -> gate.inTurn(() -> {
                answer(request);
                return null;
            }));
        } finally {
            leave(envelopeId);
        }
    }

    /**
     * Counts the envelope in flight unless a stop began. Counted first, checked second: a stop that saw no envelope
     * in flight cannot miss one that then went on, as that one sees the stop.
     */
    private boolean enter(String envelopeId) {
        inFlight.add(envelopeId);
        if (accepting) {
            return true;
        }
        leave(envelopeId);
        return false;
    }

    private void leave(String envelopeId) {
        synchronized (idle) {
            inFlight.remove(envelopeId);
            idle.notifyAll();
        }
    }

    /** Whether a stop began: from then on no envelope is taken. */
    public boolean stopping() {
        return !accepting;
    }

    private void answer(SocketModeRequest request) {
        String envelopeId = request.getEnvelope().getEnvelopeId();
        Exception unchecked = null;
        try {
            if (!seen.firstEvent(ENVELOPE + envelopeId, clock.instant())) {
                acknowledge(envelopeId, Response.ok()); // sent again after a reconnect: handled once already
                return;
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnreachable.in(e)) {
                throw e;
            }
            unchecked = e;
        }
        Request<?> bolt = request.getBoltRequest();
        Response response = dispatch.run(bolt, unchecked);
        if (response.getStatusCode() >= 300) {
            // unacknowledged, Slack sends it again, as it retries a 5xx over HTTP; it must then run
            log.warn("Not acknowledging a Socket Mode envelope answered {}: {}", response.getStatusCode(), response.getBody());
            forget(envelopeId);
            return;
        }
        acknowledge(envelopeId, response);
    }

    private void forget(String envelopeId) {
        try {
            seen.forgetEvent(ENVELOPE + envelopeId);
        } catch (RuntimeException e) {
            log.warn("Could not forget Socket Mode envelope {}: {}", envelopeId, e.getMessage());
        }
    }

    /** The ack, with Bolt's answer as its payload where there is one (a command's message, a view's errors). */
    private void acknowledge(String envelopeId, Response response) {
        JsonObject ack = new JsonObject();
        ack.addProperty("envelope_id", envelopeId);
        String body = response.getBody();
        if (body != null && !body.isEmpty()) {
            if (response.getContentType() != null && response.getContentType().startsWith("application/json")) {
                ack.add("payload", gson.fromJson(body, JsonElement.class));
            } else {
                JsonObject text = new JsonObject();
                text.addProperty("text", body);
                ack.add("payload", text);
            }
        }
        try {
            client.sendSocketModeResponse(ack.toString());
        } catch (RuntimeException dropped) { // the socket dropped meanwhile: Slack sends it again, answered as seen
            log.warn("Could not acknowledge Socket Mode envelope {}: {}", envelopeId, dropped.toString());
        }
    }

    /**
     * Stops taking envelopes and reconnecting, waits (at most {@link BatonServer#DRAIN}) for those in flight to be
     * handled and acknowledged, then closes the socket. Answers how many were in flight and how many were cut off.
     */
    public BatonServer.Drained stop() {
        accepting = false;
        if (client == null) {
            return new BatonServer.Drained(0, 0);
        }
        client.setAutoReconnectEnabled(false);
        int atStop = inFlight.size();
        Set<String> cutOff = awaitIdle(BatonServer.DRAIN);
        if (!cutOff.isEmpty()) {
            // their acks cannot go now; Slack sends them again, answered as already seen
            log.warn("Closing the Socket Mode connection with {} envelope(s) still running after {} s: {}",
                    cutOff.size(), BatonServer.DRAIN.toSeconds(), cutOff);
        }
        disconnect();
        return new BatonServer.Drained(Math.max(atStop, cutOff.size()), cutOff.size());
    }

    private Set<String> awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            try {
                for (long left = timeout.toNanos(); !inFlight.isEmpty() && left > 0; left = deadline - System.nanoTime()) {
                    idle.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Set.copyOf(inFlight);
        }
    }

    /**
     * Closes the socket and lets the client's threads end. Not the client's own close: it interrupts the handlers
     * still running, and an interrupt inside H2's file I/O closes the database file.
     */
    private void disconnect() {
        try {
            client.disconnect();
        } catch (RuntimeException e) {
            log.warn("Closing the Socket Mode connection failed: {}", e.toString());
        }
        client.getMessageProcessorExecutor().shutdown(); // envelopes queued, not begun: unacknowledged, sent again
        client.getSessionMonitorExecutor().ifPresent(java.util.concurrent.ExecutorService::shutdownNow);
    }

    @Override
    public void close() {
        stop();
    }
}
