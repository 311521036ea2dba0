package dev.baton.health;

import com.sun.net.httpserver.HttpServer;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HealthProbeTest {
    private final AtomicInteger status = new AtomicInteger(200);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private HttpServer server;

    @BeforeEach
    void serveHealthz() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/healthz", exchange -> {
            byte[] body = (status.get() == 200 ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aHealthyBatonExitsZeroAndPrintsNothing() {
        assertThat(probe(healthz())).isZero();
        assertThat(printed()).isEmpty();
    }

    @Test
    void aBatonThatCannotReachItsDatabaseIsUnhealthyWithItsAnswer() {
        status.set(503);
        assertThat(probe(healthz())).isEqualTo(1);
        assertThat(printed()).contains("answered 503").contains("unavailable");
    }

    @Test
    void aPortNothingListensOnIsUnhealthy() {
        URI nobody = URI.create("http://127.0.0.1:" + BatonProcess.freePort() + "/healthz");
        assertThat(probe(nobody)).isEqualTo(1);
        assertThat(printed()).contains("did not answer").contains("Connection refused");
    }

    private URI healthz() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/healthz");
    }

    private int probe(URI uri) {
        return HealthProbe.check(uri, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
