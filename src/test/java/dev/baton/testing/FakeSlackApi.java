package dev.baton.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Slack Web API on a free loopback port: records every call (and every {@code response_url}
 * post), answers like Slack, and can be scripted to fail, rate-limit (429 + Retry-After), 500 or stall.
 */
public final class FakeSlackApi implements AutoCloseable, AfterEachCallback {
    /** One recorded call: the Web API method (or {@code response_url}), its parameters and raw body. */
    public record Call(String method, Map<String, String> params, String body, String authorization, Instant at) {
    }

    private record Scripted(int status, String body, Duration delay, Integer retryAfter,
                            java.util.concurrent.CountDownLatch hold) {
        Scripted(int status, String body, Duration delay, Integer retryAfter) {
            this(status, body, delay, retryAfter, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<byte[]> uploads = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> next = new ConcurrentHashMap<>();
    private final Map<String, String> alwaysFail = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final FakeConversations conversations = new FakeConversations();
    private final Map<String, Long> lastPost = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger rateLimited = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Duration channelMinInterval;
    private volatile java.time.ZoneId userZone = java.time.ZoneId.of("America/New_York");
    private volatile String socketModeUrl;

    private FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeSlackApi start() throws IOException {
        return new FakeSlackApi();
    }

    /** One fake per test: {@code @RegisterExtension final FakeSlackApi slack = FakeSlackApi.perTest();} */
    public static FakeSlackApi perTest() {
        try {
            return new FakeSlackApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The exact bytes of every file uploaded to an upload URL (files upload v2), in order. */
    public List<byte[]> uploads() {
        return List.copyOf(uploads);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public Call awaitCall(String method, Duration timeout) {
        return awaitCalls(method, 1, timeout).get(0);
    }

    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        return Await.value(count + " " + method + " call(s)", timeout, () -> {
            List<Call> found = calls(method);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, () -> "saw " + calls.stream().map(Call::method).toList());
    }

    /** The first chat.postMessage to {@code channel} whose text and blocks together contain all of {@code contents}. */
    public Optional<Call> post(String channel, String... contents) {
        return calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel")))
                .filter(c -> containsAll(c.params().get("text") + c.params().get("blocks"), contents)).findFirst();
    }

    /** Waits for {@link #post}; a timeout shows every post seen. */
    public Call awaitPost(String channel, Duration timeout, String... contents) {
        return Await.value("a post to " + channel + " containing " + List.of(contents), timeout,
                () -> post(channel, contents), () -> calls("chat.postMessage"));
    }

    private static boolean containsAll(String text, String... contents) {
        return java.util.Arrays.stream(contents).allMatch(text::contains);
    }

    public void reset() {
        calls.clear();
        uploads.clear();
        next.clear();
        alwaysFail.clear();
    }

    /** The time zone {@code users.info} answers for every user from now on (America/New_York unless set). */
    public void answerUserZone(java.time.ZoneId zone) {
        this.userZone = zone;
    }

    public void failNext(String method, String error) {
        script(method, new Scripted(200, "{\"ok\":false,\"error\":\"" + error + "\"}", Duration.ZERO, null));
    }

    public void rateLimitNext(String method, int retryAfterSeconds) {
        script(method, new Scripted(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Duration.ZERO, retryAfterSeconds));
    }

    public void serverErrorNext(String method) {
        script(method, new Scripted(500, "internal error", Duration.ZERO, null));
    }

    public void delayNext(String method, Duration delay) {
        script(method, new Scripted(200, null, delay, null));
    }

    /**
     * Holds the next call of {@code method} unanswered (recorded, so a test can await it) until the returned latch
     * is counted down, for at most 30 s: a Slack request whose handler is in that call is in flight meanwhile.
     */
    public java.util.concurrent.CountDownLatch holdNext(String method) {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        script(method, new Scripted(200, null, Duration.ZERO, null, release));
        return release;
    }

    public void respondNext(String method, String json) {
        script(method, new Scripted(200, json, Duration.ZERO, null));
    }

    public void failAlways(String method, String error) {
        alwaysFail.put(method, error);
    }

    /**
     * Makes chat.postMessage behave like Slack's per-channel limit: a post to a channel less than
     * {@code minInterval} after the previous one is answered 429 with Retry-After 1, and counted.
     */
    public void enforceChannelRate(Duration minInterval) {
        channelMinInterval = minInterval;
    }

    /** Makes {@code apps.connections.open} answer this {@code ws://} URL (a {@link FakeSocketMode}'s), on every call. */
    public void answerSocketMode(String url) {
        socketModeUrl = url;
    }

    public int rateLimitedCount() {
        return rateLimited.get();
    }

    public void clearAlways(String method) {
        alwaysFail.remove(method);
    }

    private void script(String method, Scripted scripted) {
        next.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>()).add(scripted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String method = path.startsWith("/response/") ? "response_url"
                    : path.startsWith("/upload/") ? "upload" : path.substring(path.lastIndexOf('/') + 1);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            // an upload's body is the file's bytes, not a form: parsing it as one throws on a stray '%'
            Map<String, String> params = method.equals("upload") ? new LinkedHashMap<>() : params(body, contentType);
            if (method.equals("upload")) {
                uploads.add(raw);
            }
            calls.add(new Call(method, params, body, exchange.getRequestHeaders().getFirst("Authorization"), Instant.now()));

            Deque<Scripted> queue = next.get(method);
            Scripted scripted = queue == null ? null : queue.poll();
            if (scripted == null && tooSoon(method, params.get("channel"))) {
                rateLimited.incrementAndGet();
                scripted = new Scripted(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Duration.ZERO, 1);
            }
            if (scripted != null && !scripted.delay().isZero()) {
                sleep(scripted.delay()); // a slow answer is what delayNext scripts: this sleep is the behaviour
            }
            if (scripted != null && scripted.hold() != null) {
                awaitRelease(scripted.hold());
            }
            if (scripted != null && scripted.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(scripted.retryAfter()));
            }
            String answer;
            int status = 200;
            if (scripted != null && scripted.body() != null) {
                status = scripted.status();
                answer = scripted.body();
            } else if (alwaysFail.containsKey(method)) {
                answer = "{\"ok\":false,\"error\":\"" + alwaysFail.get(method) + "\"}";
            } else {
                answer = defaultAnswer(method, params).toString();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private boolean tooSoon(String method, String channel) {
        if (channelMinInterval == null || !"chat.postMessage".equals(method) || channel == null) {
            return false;
        }
        long now = System.nanoTime();
        Long previous = lastPost.put(channel, now);
        return previous != null && now - previous < channelMinInterval.toNanos();
    }

    private JsonObject defaultAnswer(String method, Map<String, String> params) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        long n = counter.incrementAndGet();
        // now, as Slack's timestamps are, so conversations.history's oldest means what it does at Slack
        String ts = String.format("%d.%06d", Instant.now().getEpochSecond(), n % 1_000_000);
        if (conversations.answer(method, params, answer)) {
            return answer;
        }
        switch (method) {
            case "auth.test" -> {
                answer.addProperty("url", "https://baton-test.slack.com/");
                answer.addProperty("team", "Baton Test");
                answer.addProperty("user", "baton");
                answer.addProperty("team_id", "T0TEST");
                answer.addProperty("user_id", "UBATONBOT");
                answer.addProperty("bot_id", "BBATON");
            }
            case "chat.postMessage", "chat.update" -> {
                String channel = params.getOrDefault("channel", "C0TEST");
                answer.addProperty("channel", FakeConversations.conversationOf(channel));
                answer.addProperty("ts", method.equals("chat.update") ? params.getOrDefault("ts", ts) : ts);
                if (method.equals("chat.postMessage")) {
                    conversations.posted(channel, params.get("thread_ts"), ts, params.get("text"), params.get("metadata"));
                }
            }
            case "chat.postEphemeral" -> answer.addProperty("message_ts", ts);
            case "apps.connections.open" -> answer.addProperty("url", socketModeUrl);
            case "views.open", "views.update", "views.push", "views.publish" -> {
                JsonObject view = new JsonObject();
                view.addProperty("id", "V" + n);
                answer.add("view", view);
            }
            case "users.info" -> {
                JsonObject user = new JsonObject();
                String id = params.getOrDefault("user", "U0");
                user.addProperty("id", id);
                user.addProperty("tz", userZone.getId());
                user.addProperty("tz_offset", userZone.getRules().getOffset(Instant.now()).getTotalSeconds());
                user.addProperty("real_name", "User " + id);
                JsonObject profile = new JsonObject();
                profile.addProperty("email", id.toLowerCase(java.util.Locale.ROOT) + "@example.com");
                profile.addProperty("real_name", "User " + id);
                user.add("profile", profile);
                answer.add("user", user);
            }
            case "files.getUploadURLExternal" -> {
                answer.addProperty("upload_url", base() + "/upload/" + n);
                answer.addProperty("file_id", "F" + n);
            }
            case "files.completeUploadExternal" -> {
                JsonObject file = new JsonObject();
                file.addProperty("id", "F" + n);
                com.google.gson.JsonArray files = new com.google.gson.JsonArray();
                files.add(file);
                answer.add("files", files);
            }
            default -> { }
        }
        return answer;
    }

    private static Map<String, String> params(String body, String contentType) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        if (contentType != null && contentType.contains("json")) {
            try {
                JsonElement root = JsonParser.parseString(body);
                if (root.isJsonObject()) {
                    root.getAsJsonObject().entrySet().forEach(e -> params.put(e.getKey(),
                            e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
                }
            } catch (RuntimeException ignored) {
                // not JSON after all: recorded as the raw body only
            }
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void awaitRelease(java.util.concurrent.CountDownLatch hold) {
        try {
            hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

}
