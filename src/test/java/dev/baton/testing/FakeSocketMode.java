package dev.baton.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Slack Socket Mode server on a loopback port: says {@code hello} to each connection, sends envelopes to the
 * newest one, records the acknowledgements Baton sends back, and can drop the connection to make Baton reconnect.
 * {@link FakeSlackApi#answerSocketMode} makes {@code apps.connections.open} hand out its {@code ws://} URL.
 */
public final class FakeSocketMode extends WebSocketServer implements AutoCloseable {
    private final List<JsonObject> acks = new CopyOnWriteArrayList<>();
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private FakeSocketMode(int port) {
        super(new InetSocketAddress("127.0.0.1", port));
        setReuseAddr(true);
    }

    public static FakeSocketMode listen() {
        FakeSocketMode server = new FakeSocketMode(BatonProcess.freePort());
        server.start();
        return server;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        open.add(socket);
        connections.incrementAndGet();
        socket.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0TEST\"}}");
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        open.remove(socket);
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        acks.add(JsonParser.parseString(message).getAsJsonObject());
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        // a connection Baton dropped; the test sees it as a missing ack or connection
    }

    @Override
    public void onStart() {
        // ready
    }

    /** How many connections Baton has opened so far. */
    public int connections() {
        return connections.get();
    }

    public void awaitConnections(int count, Duration timeout) {
        Await.until(count + " Socket Mode connection(s)", timeout, () -> connections.get() >= count && !open.isEmpty(),
                () -> "saw " + connections.get() + ", open " + open.size());
    }

    /** Sends an envelope of {@code type} ({@code slash_commands}, {@code interactive}, {@code events_api}) to the newest connection; answers its id. */
    public String send(String type, String payloadJson) {
        String envelopeId = UUID.randomUUID().toString();
        resend(envelopeId, type, payloadJson, 0);
        return envelopeId;
    }

    /** Sends the envelope {@code envelopeId} (again), as Slack does after a reconnect when it saw no ack. */
    public void resend(String envelopeId, String type, String payloadJson, int retryAttempt) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.addProperty("accepts_response_payload", !"events_api".equals(type));
        envelope.add("payload", JsonParser.parseString(payloadJson));
        if (retryAttempt > 0) {
            envelope.addProperty("retry_attempt", retryAttempt);
            envelope.addProperty("retry_reason", "timeout");
        }
        open.get(open.size() - 1).send(envelope.toString());
    }

    public List<JsonObject> acks(String envelopeId) {
        return acks.stream().filter(a -> envelopeId.equals(a.get("envelope_id").getAsString())).toList();
    }

    public JsonObject awaitAck(String envelopeId, Duration timeout) {
        return Await.value("the ack of envelope " + envelopeId, timeout,
                () -> acks(envelopeId).stream().findFirst().map(Optional::of).orElse(Optional.empty()),
                () -> "acks seen: " + acks);
    }

    /** Closes every connection from the server's side, as Slack does when it moves a socket. */
    public void dropConnections() {
        open.forEach(WebSocket::close);
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
