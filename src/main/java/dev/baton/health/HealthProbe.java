package dev.baton.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container image's health check: {@code GET http://127.0.0.1:$PORT/healthz}, exit 0 on 200 and 1 otherwise
 * (Docker's "unhealthy"). The image has no shell, curl or wget, so the check is this class on the image's own
 * Java; it uses java.base alone and runs from {@code /app/classes}, so a check starts a small JVM and nothing else.
 */
public final class HealthProbe {
    private static final int TIMEOUT_MILLIS = 3_000;

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "3000").trim();
        System.exit(check(URI.create("http://127.0.0.1:" + port + "/healthz"), System.out));
    }

    /** 0 when {@code healthz} answers 200; otherwise 1, after one line saying what it answered (Docker keeps it). */
    static int check(URI healthz, PrintStream out) {
        try {
            HttpURLConnection connection = (HttpURLConnection) healthz.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            if (status == 200) {
                return 0;
            }
            out.println(healthz + " answered " + status + " " + body(connection));
            return 1;
        } catch (IOException e) {
            out.println(healthz + " did not answer: " + e);
            return 1;
        }
    }

    private static String body(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getErrorStream() != null ? connection.getErrorStream()
                : connection.getInputStream()) {
            return new String(in.readNBytes(500), StandardCharsets.UTF_8).strip();
        }
    }
}
