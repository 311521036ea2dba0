package dev.baton.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.outbox.Outbox;
import dev.baton.testing.Await;
import dev.baton.testing.CapturedLogs;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.WorkingDays;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TcpProxy;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.SlackPayloads.multiSelect;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL taken away from a running Baton and given back, through a TCP proxy in front of the shared test
 * server: while it is away every surface answers clearly within Slack's 3 s, and afterwards Baton heals by
 * itself and what was queued before goes out exactly once.
 */
class DatabaseOutageEndToEndTest {
    private static final Duration ACK_BUDGET = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String UNREACHABLE = "can't reach its database";

    /** The two ways a database goes away: refusing (down, restarting) and silent (partition, frozen host). */
    enum Outage {
        REFUSED {
            @Override
            void begin(TcpProxy proxy) throws IOException {
                proxy.refuse();
            }
        },
        BLACK_HOLE {
            @Override
            void begin(TcpProxy proxy) {
                proxy.blackHole();
            }
        };

        abstract void begin(TcpProxy proxy) throws IOException;
    }

    private final FakeSlackApi slack = FakeSlackApi.perTest();
    private final MutableClock clock = new MutableClock(WorkingDays.today());
    private TcpProxy proxy;
    private RunningBaton baton;
    private SlackRequests requests;
    private String account;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(TestDatabases.postgresAvailable(), "BATON_TEST_POSTGRES_URL is not set");
        URI server = URI.create(TestDatabases.POSTGRES_URL.substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        String url = TestDatabases.postgresSchemaUrl()
                .replace("//" + server.getAuthority() + "/", "//127.0.0.1:" + proxy.port() + "/");
        baton = RunningBaton.start(slack, Map.of("BATON_DATABASE_URL", url,
                "BATON_DATABASE_USER", TestDatabases.postgresUser(),
                "BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword()), clock);
        requests = baton.slackRequests();
        account = "Outage Corp " + System.nanoTime();
        Fixtures.account(baton.database().jdbi(), clock, account, "OUT-" + System.nanoTime());
    }

    @AfterEach
    void stop() throws Exception {
        if (baton != null) {
            baton.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        slack.close();
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void everySurfaceSaysTheDatabaseIsAwayWithinTheAckBudgetAndHealsWhenItIsBack(Outage outage) throws Exception {
        queuePost("queued before the outage", clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(json(requests.slashCommand("/roles", account, AE)).toString()).contains(account);
        try (CapturedLogs logs = CapturedLogs.warnings()) {
            outage.begin(proxy);

            // the first finds a connection that was just in use; the second, a pool with none left that answers
            for (String which : List.of("first", "second")) {
                long started = System.nanoTime();
                HttpResponse<String> command = requests.slashCommand("/roles", account + " tag ada@outage.com Champion", AE);
                Duration ack = Duration.ofNanos(System.nanoTime() - started);
                System.out.println(which + " slash command's ack in a " + outage + " outage: " + ack.toMillis() + " ms");
                assertThat(ack).isLessThan(ACK_BUDGET);
                JsonObject answer = json(command);
                assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
                assertThat(answer.toString()).contains(UNREACHABLE).contains("nothing was changed").contains("try again");
            }

            assertButtonAndFormAreAnsweredInTime();
            assertApiAndHealthSay503NamingTheDatabase();
            // one line for each kind of work that met the outage, none twice, none with a stack trace
            assertThat(logs.lines()).as("warnings during the outage")
                    .allMatch(line -> line.message().startsWith("Database unreachable: ") && !line.stackTrace())
                    .extracting(line -> line.message().substring(0, line.message().indexOf(" failed")))
                    .doesNotHaveDuplicates().contains("Database unreachable: Slack requests");
        }

        clock.advance(Duration.ofMinutes(1));
        proxy.restore();
        Await.until("/healthz answering 200 again", () -> get("/healthz").statusCode() == 200);
        assertThat(contacts("ada@outage.com")).as("contacts the outage's requests would have added").isZero();
        assertThat(slack.awaitCall("chat.postMessage", Await.DEFAULT).params().get("text"))
                .isEqualTo("queued before the outage");
        assertThat(requests.slashCommand("/roles", account + " tag ada@outage.com Champion", AE).body())
                .contains("Tagged ada@outage.com");
        queuePost("queued after the outage", clock.instant());
        Await.until("the post queued after the outage delivered", () -> posted("queued after the outage") == 1);
        assertThat(posted("queued before the outage")).isEqualTo(1);
    }

    @Test
    void aPostSlackTookWhileTheDatabaseWasAwayIsRecordedWhenItIsBackAndNeverSentAgain() throws Exception {
        slack.delayNext("chat.postMessage", Duration.ofSeconds(2));
        try (CapturedLogs logs = CapturedLogs.warnings()) {
            queuePost("sent during the outage", clock.instant());
            slack.awaitCall("chat.postMessage", Await.DEFAULT);
            proxy.refuse(); // while Slack is still answering: the sender cannot write down that it went out
            Await.until("the sender failing to record the post", Await.DEFAULT, () -> logs.lines().stream()
                    .anyMatch(line -> line.message().startsWith("Database unreachable: outbox delivery")), logs::lines);
        }
        clock.advance(Duration.ofMinutes(2)); // the row's lease has run out: to the database it is due again
        proxy.restore();
        Await.until("the post recorded as sent", () -> "sent".equals(status("sent during the outage")));
        queuePost("queued after the outage", clock.instant());
        Await.until("the post queued after the outage delivered", () -> posted("queued after the outage") == 1);
        assertThat(posted("sent during the outage")).isEqualTo(1);
    }

    private int contacts(String email) {
        return baton.database().jdbi().withHandle(h -> h.select("select count(*) from contact where email = ?", email)
                .mapTo(Integer.class).one());
    }

    private String status(String text) {
        return baton.database().jdbi().withHandle(h -> h.select("select status from outbox where dedupe_key = ?",
                "outage-test:" + text).mapTo(String.class).one());
    }

    private void assertButtonAndFormAreAnsweredInTime() {
        long started = System.nanoTime();
        String responseUrl = slack.responseUrl("card");
        HttpResponse<String> pressed = requests.blockAction(AE, "roles-tag-contact", "1:1", responseUrl, null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ACK_BUDGET);
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(slack.awaitCall("response_url", Await.DEFAULT).body()).contains(UNREACHABLE);

        started = System.nanoTime();
        String metadata = "{\"accountId\":1,\"page\":1,\"responseUrl\":\"" + responseUrl + "\"}";
        HttpResponse<String> submitted = requests.interactive(requests.viewSubmissionPayload(AE, "roles-contact-modal",
                metadata, Map.of("roles-field-name", Map.of("roles-field-name-input", plainText("Ada")),
                        "roles-field-email", Map.of("roles-field-email-input", plainText("ada@outage.com")),
                        "roles-field-roles", Map.of("roles-field-roles-input", multiSelect("champion")),
                        "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("no")))));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ACK_BUDGET);
        JsonObject pushed = json(submitted);
        assertThat(pushed.get("response_action").getAsString()).isEqualTo("push");
        assertThat(pushed.getAsJsonObject("view").toString()).contains(UNREACHABLE).contains("still open underneath");
    }

    private void assertApiAndHealthSay503NamingTheDatabase() throws Exception {
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(baton.uri("/api/accounts"))
                .header("Authorization", "Bearer " + RunningBaton.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"crm_id\":\"OUT-API\",\"name\":\"Api Corp\"}]"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(JsonParser.parseString(api.body()).getAsJsonObject().get("error").getAsString())
                .startsWith("database unreachable");
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("database unreachable");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private long posted(String text) {
        return slack.calls("chat.postMessage").stream().filter(c -> text.equals(c.params().get("text"))).count();
    }

    /** Each to a channel of its own: the clock stands still, so a channel's pacing would never let a second through. */
    private void queuePost(String text, Instant notBefore) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        baton.database().jdbi().useHandle(h -> Outbox.postAt(h, "outage-test:" + text, "C" + text.hashCode(), null,
                message, notBefore, clock.instant()));
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(baton.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
