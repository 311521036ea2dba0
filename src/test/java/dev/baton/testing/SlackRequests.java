package dev.baton.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sends requests to Baton the way Slack does: form or JSON bodies signed with the v0 scheme. */
public final class SlackRequests {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI eventsUrl;
    private final String signingSecret;
    private Clock clock = Clock.systemUTC();
    private String responseUrl = "https://hooks.slack.com/commands/T0TEST/1/abc";

    public SlackRequests(URI eventsUrl, String signingSecret) {
        this.eventsUrl = eventsUrl;
        this.signingSecret = signingSecret;
    }

    public SlackRequests withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public SlackRequests withResponseUrl(String responseUrl) {
        this.responseUrl = responseUrl;
        return this;
    }

    public HttpResponse<String> slashCommand(String command, String text, String userId) {
        Map<String, String> form = SlackPayloads.slashCommandFields(userId, command, text, responseUrl,
                "1337.42." + UUID.randomUUID().toString().substring(0, 8));
        return signed("application/x-www-form-urlencoded", formBody(form));
    }

    public HttpResponse<String> interactive(String payloadJson) {
        return signed("application/x-www-form-urlencoded", formBody(Map.of("payload", payloadJson)));
    }

    public HttpResponse<String> blockAction(String userId, String actionId, String value, String responseUrl,
                                            String viewJson) {
        return interactive(SlackPayloads.blockActions(userId, SlackPayloads.button(actionId, value), responseUrl, viewJson));
    }

    public HttpResponse<String> overflowAction(String userId, String actionId, String selectedValue, String responseUrl) {
        return interactive(SlackPayloads.blockActions(userId, SlackPayloads.overflow(actionId, selectedValue), responseUrl, null));
    }

    public String viewSubmissionPayload(String userId, String callbackId, String privateMetadata,
                                        Map<String, Map<String, Object>> values) {
        return SlackPayloads.viewSubmission(userId, callbackId, privateMetadata, values);
    }

    public HttpResponse<String> event(String envelopeJson, Map<String, String> extraHeaders) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders(envelopeJson, timestamp));
        headers.putAll(extraHeaders);
        return sendWithHeaders("application/json", envelopeJson, headers);
    }

    /** A request signed as Slack would, at the given time, or signed with the wrong secret. */
    public HttpResponse<String> send(String contentType, String body, Map<String, String> extraHeaders,
                                     long timestampEpochSeconds, boolean signCorrectly) {
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders(body, timestampEpochSeconds));
        if (!signCorrectly) {
            headers.put("X-Slack-Signature", sign("not-the-secret", timestampEpochSeconds, body));
        }
        headers.putAll(extraHeaders);
        return sendWithHeaders(contentType, body, headers);
    }

    /** Sends exactly these headers (no signature added), e.g. to replay a captured request. */
    public HttpResponse<String> sendWithHeaders(String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(eventsUrl).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> signedHeaders(String body, long timestampEpochSeconds) {
        return Map.of("X-Slack-Request-Timestamp", String.valueOf(timestampEpochSeconds),
                "X-Slack-Signature", sign(signingSecret, timestampEpochSeconds, body));
    }

    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> signed(String contentType, String body) {
        return sendWithHeaders(contentType, body, signedHeaders(body, clock.instant().getEpochSecond()));
    }

    private static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(
                    mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
