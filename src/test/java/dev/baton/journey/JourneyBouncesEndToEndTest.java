package dev.baton.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.RefusingSmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bounces: an SMTP 550 marks the email and its contact bounced; the provider's signed webhook does the same. */
class JourneyBouncesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SECRET = "provider-shared-secret";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting t;
    private RefusingSmtpServer refusing;

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
        if (refusing != null) {
            refusing.close();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anSmtp550MarksTheEmailAndContactBouncedAndAsksTheTaToFixIt(DatabaseKind kind) throws Exception {
        refusing = RefusingSmtpServer.start();
        t = new JourneyTesting(kind, refusing.port(), Map.of());
        long account = t.pooledAccount("001POOL", "Pooled", 1);
        t.contact("001POOL", "gone@pooled.example", "Program Contact");
        t.tick();
        Await.until("the 550", WAIT, () -> refusing.refused().contains("gone@pooled.example"), refusing::refused);
        Await.until("the bounce recorded", WAIT, () -> {
            t.tick();
            return t.count("select count(*) from journey_message where status = 'bounced'") == 1;
        }, () -> "");
        assertThat(t.count("select count(*) from contact where bounced_at is not null and account_id = ?", account))
                .isEqualTo(1);
        assertThat(t.count("select count(*) from outbox where status = 'dead'")).isZero(); // no dead letter for leaders
        t.slack.awaitPost(JourneyTesting.TA, WAIT, "gone@pooled.example", "bounced", "/roles");
        assertThat(t.requests.slashCommand("/roles", "001POOL", JourneyTesting.AE).body() + t.slack.calls())
                .contains("Email bounced");

        t.jumpDays(13); // the two-week step is due, but not to a bounced address
        t.tick();
        assertThat(t.count("select count(*) from journey_message")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSignedBounceReportIsAcceptedAndAnUnsignedOneRefused(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of("BATON_EMAIL_EVENTS_SECRET", SECRET));
        t.pooledAccount("001POOL", "Pooled", 1);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.tick();
        Await.until("the email", WAIT, () -> mail.getReceivedMessages().length == 1, () -> "");
        String body = "{\"event\":\"bounce\",\"email\":\"Ada@Pooled.example\",\"reason\":\"550 mailbox full for good\"}";

        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(post(body, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(t.count("select count(*) from contact where bounced_at is not null")).isZero();

        HttpResponse<String> accepted = post(body, sign(body));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"bounced\":1");
        assertThat(t.count("select count(*) from journey_message where status = 'bounced'")).isEqualTo(1);
        assertThat(t.count("select count(*) from contact where bounced_at is not null")).isEqualTo(1);
        t.slack.awaitPost(JourneyTesting.TA, WAIT, "ada@pooled.example", "bounced");

        String bad = "{\"event\":\"opened\",\"email\":\"ada@pooled.example\"}";
        assertThat(post(bad, sign(bad)).body()).contains("event must be bounce or complaint");
    }

    private static String sign(String body) {
        return "sha256=" + HexFormat.of().formatHex(SignedLinks.hmac(SECRET.getBytes(StandardCharsets.UTF_8), body));
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(t.baton.uri("/api/email-events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(EmailEventsApi.SIGNATURE_HEADER, signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
