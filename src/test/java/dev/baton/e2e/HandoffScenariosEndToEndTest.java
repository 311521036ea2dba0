package dev.baton.e2e;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static dev.baton.testing.SlackPayloads.userSelect;
import static org.assertj.core.api.Assertions.assertThat;

/** The three hand-over scenarios at close, over signed requests, the fake Slack and a real SMTP server. */
class HandoffScenariosEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String EXPAND_AE = "UEXP0001";
    private static final String EXPAND_MANAGER = "UEXPMGR01";
    private static final String SALES_SUPPORT = "USALESUP1";
    private static final String SMB_DIRECTOR = "USMBDIR01";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;

    private void start(boolean withMail) throws Exception {
        slack = FakeSlackApi.start();
        Map<String, String> env = new java.util.HashMap<>(Map.of("BATON_EXPAND_HANDOVER_NOTIFY",
                EXPAND_MANAGER + ", " + SALES_SUPPORT + ", " + AE, "BATON_EXPAND_HANDOVER_NOTIFY_SMB", SMB_DIRECTOR));
        if (withMail) {
            env.putAll(Map.of("BATON_SMTP_URL", "smtp://127.0.0.1:" + mail.getSmtp().getPort(),
                    "BATON_MAIL_FROM", "baton@example.com"));
        }
        baton = RunningBaton.start(slack, env);
        requests = baton.slackRequests().withResponseUrl(slack.responseUrl("command"));
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    /** Baton's today plus {@code days}, as a date picker gives it. */
    private String inDays(int days) {
        return LocalDate.ofInstant(baton.clock().instant(), ZoneOffset.UTC).plusDays(days).toString();
    }

    private long account(String serviceModel, String orderType) throws Exception {
        String json = "[{\"crm_id\":\"001ACME\",\"name\":\"Acme <b> & Co\",\"segment\":\"Enterprise\",\"service_model\":\""
                + serviceModel + "\",\"order_type\":\"" + orderType + "\",\"deployment\":\"Self-Managed\","
                + "\"expected_close_date\":\"" + inDays(120) + "\",\"seats_purchased\":400,\"arr\":250000,\"ae\":\"" + AE
                + "\",\"ce\":\"" + CE + "\",\"ta\":\"" + TA + "\",\"expand_ae\":\"" + EXPAND_AE + "\"}]";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baton.uri("/api/accounts"))
                .header("Authorization", "Bearer " + RunningBaton.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"created\":1");
        return baton.database().jdbi().withHandle(h -> h.select("select id from account").mapTo(Long.class).one());
    }

    /** Everything before the close done through Slack: support level, contacts, doc, knowledge transfer. */
    private void completeChecklist(long id) {
        submit(LEADER, "handoff-assign-modal", id, Map.of("handoff-support-level", staticSelect("High touch"),
                "handoff-segmentation", staticSelect("Enterprise"), "handoff-ta", userSelect(TA)));
        requests.slashCommand("/roles", "001ACME tag ada@acme.example Champion, Program Contact", CE);
        requests.slashCommand("/roles", "001ACME tag ian@acme.example Instance Admin", CE);
        submit(CE, "handoff-doc-modal", id, Map.of("doc-goals", plainText("Ship faster <script>"),
                "doc-success", plainText("Weekly active users"), "doc-environment", plainText("GitHub, 3 nodes"),
                "doc-status", radio("final")));
        long at = baton.clock().instant().plus(Duration.ofDays(3)).getEpochSecond();
        submit(CE, "handoff-kt-modal", id, Map.of("kt-when", Map.of("type", "datetimepicker", "selected_date_time", at),
                "kt-attendees", Map.of("type", "multi_users_select", "selected_users", List.of(CE, TA, AE))));
    }

    private String submit(String user, String callback, long id, Map<String, Map<String, Object>> fields) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        fields.forEach((block, value) -> values.put(block, Map.of(block + "-input", value)));
        String metadata = "{\"accountId\":" + id + ",\"responseUrl\":\"" + slack.responseUrl("card") + "\"}";
        HttpResponse<String> response = requests.interactive(requests.viewSubmissionPayload(user, callback, metadata, values));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private List<FakeSlackApi.Call> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    @Test
    void aPooledAccountGetsTheLowTouchWelcomeEmailAndTheKnowledgeTransferAnInvite() throws Exception {
        start(true);
        long id = account("Pooled", "Web Direct First Order");
        completeChecklist(id);

        assertThat(submit(AE, "handoff-close-modal", id, Map.of())).doesNotContain("errors");

        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 2)).as(this::outbox).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        MimeMessage welcome = List.of(received).stream().filter(m -> subject(m).startsWith("Welcome")).findFirst().orElseThrow();
        assertThat(subject(welcome)).isEqualTo("Welcome to the team, Acme <b> & Co!");
        assertThat(List.of(welcome.getAllRecipients()).stream().map(Object::toString).toList())
                .containsExactlyInAnyOrder("ada@acme.example", "ian@acme.example");
        String body = GreenMailUtil.getBody(welcome);
        assertThat(body).contains("self-managed instance").contains("Apply your production license key");
        MimeMessage invite = List.of(received).stream().filter(m -> subject(m).startsWith("Knowledge transfer")).findFirst()
                .orElseThrow();
        assertThat(List.of(invite.getAllRecipients()).stream().map(Object::toString).toList())
                .contains(CE.toLowerCase() + "@example.com", TA.toLowerCase() + "@example.com");
        String inviteBody = GreenMailUtil.getBody(invite);
        assertThat(inviteBody).contains("BEGIN:VCALENDAR").contains("SUMMARY:Knowledge transfer: Acme <b> & Co")
                .contains("Acme &lt;b&gt; &amp; Co");
        assertThat(column("lifecycle_stage")).isEqualTo("1. Onboarding");
    }

    @Test
    void aSalesAssistedNamedAccountIsBlockedUntilALeaderOverridesThenHandedToTheExpandAe() throws Exception {
        start(false);
        long id = account("Named", "Sales Assisted First Order");

        String blocked = submit(AE, "handoff-close-modal", id, Map.of("close-override", plainText("customer asked")));
        assertThat(blocked).contains("Only a leader can close with missing items").contains("Hand-off doc complete");
        assertThat(submit(LEADER, "handoff-close-modal", id, Map.of("close-override", plainText("signed early"))))
                .doesNotContain("errors");

        awaitPost(AE, "hand over to the Expand AE within 24 hours");
        awaitPost(AE, "introduce your Expand Account Executive", "self-managed instance", "Acme &lt;b&gt; &amp; Co");

        String errors = submit(AE, "handoff-license-modal", id, Map.of("license-key", plainText("LIC-1"),
                "license-seats", plainText("12.5"), "license-expires", datePicker(inDays(400))));
        assertThat(errors).contains("whole number");
        Map<String, Object> checks = Map.of("type", "checkboxes", "selected_options", List.of(
                Map.of("value", "tagged"), Map.of("value", "components"), Map.of("value", "told")));
        assertThat(submit(AE, "handoff-expand-modal", id, Map.of("expand-ae", userSelect(EXPAND_AE),
                "expand-checks", checks))).doesNotContain("errors");
        for (String person : List.of(EXPAND_AE, EXPAND_MANAGER, SALES_SUPPORT)) {
            awaitPost(person, "is being handed over from First Order", "Enterprise", "Told by <@" + AE + ">");
        }
        awaitPost(EXPAND_AE, "handed over");
        assertThat(postsTo(AE)).noneMatch(c -> c.params().get("text").contains("is being handed over"));
        assertThat(postsTo(SMB_DIRECTOR)).isEmpty();
        assertThat(column("ae")).isEqualTo(EXPAND_AE);
    }

    @Test
    void aWebDirectNamedAccountGivesTheExpandAeDiscoveryAndTheWelcomeDraftWithoutSmtp() throws Exception {
        start(false);
        long id = account("Named", "Web Direct First Order");
        completeChecklist(id);

        assertThat(submit(CE, "handoff-close-modal", id, Map.of())).doesNotContain("errors");

        awaitPost(EXPAND_AE, "discovery");
        awaitPost(EXPAND_AE, "handoff-welcome-sent", "Welcome to the team");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    private String outbox() {
        return baton.database().jdbi().withHandle(h -> h.select("select dedupe_key, kind, status, last_error from outbox")
                .mapToMap().list()).toString();
    }

    private void awaitPost(String channel, String... contents) {
        Await.value("a post to " + channel + " containing " + List.of(contents), WAIT, () -> slack.post(channel, contents),
                () -> "outbox: " + outbox());
    }

    private String column(String name) {
        return baton.database().jdbi().withHandle(h -> h.select("select " + name + " from account")
                .mapTo(String.class).one());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
