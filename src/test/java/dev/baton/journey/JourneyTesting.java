package dev.baton.journey;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A running Baton with SMTP for the journeys' end-to-end tests: accounts, contacts, ticks and the links' pages. */
final class JourneyTesting implements AutoCloseable {
    static final String AE = Fixtures.AE;
    static final String TA = Fixtures.TA;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final FakeSlackApi slack;
    final RunningBaton baton;
    final RunningClock clock;
    final SlackRequests requests;

    private final Map<String, String> env;

    JourneyTesting(DatabaseKind kind, int smtpPort, Map<String, String> overrides) throws Exception {
        this(RunningClock.from(WorkingDays.today()), settings(kind, smtpPort, overrides));
    }

    private JourneyTesting(RunningClock clock, Map<String, String> env) throws Exception {
        this.env = env;
        this.clock = clock;
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, env, clock);
        requests = baton.slackRequests().withResponseUrl(slack.responseUrl("command"));
    }

    private static Map<String, String> settings(DatabaseKind kind, int smtpPort, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("BATON_SMTP_URL", "smtp://127.0.0.1:" + smtpPort,
                "BATON_MAIL_FROM", "success@example.com", "BATON_DATABASE_URL", kind.freshUrl()));
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        env.putAll(overrides);
        return env;
    }

    /** A second instance on this one's database, settings and clock, as a deployment of several instances runs. */
    JourneyTesting beside() throws Exception {
        return new JourneyTesting(clock, env);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A Pooled account closed-won {@code daysAgo} days ago, through the CRM API. */
    long pooledAccount(String crmId, String name, int daysAgo) {
        String json = "[{\"crm_id\":\"" + crmId + "\",\"name\":\"" + name + "\",\"segment\":\"SMB\","
                + "\"service_model\":\"Pooled\",\"seats_purchased\":100,\"closed_won_date\":\""
                + today().minusDays(daysAgo) + "\",\"ae\":\"" + AE + "\",\"ta\":\"" + TA + "\"}]";
        assertThat(baton.postApi("/api/accounts", json).body()).contains("\"rejected\":0");
        return baton.database().jdbi().withHandle(h -> h.select("select id from account where crm_id = ?", crmId)
                .mapTo(Long.class).one());
    }

    /** Tags a contact on the account's /roles card, as its AE. */
    void contact(String crmId, String email, String roles) {
        requests.slashCommand("/roles", crmId + " tag " + email + " " + roles, AE);
        dev.baton.testing.Await.until(email + " tagged", () -> baton.database().jdbi().withHandle(h ->
                h.select("select count(*) from contact where email = ?", email).mapTo(Integer.class).one()) == 1);
    }

    /** Adds a Program Contact in {@code timeZone} through the /roles contact form, as its AE; answers the form's reply. */
    HttpResponse<String> contactInZone(long accountId, String email, String timeZone) {
        String metadata = "{\"accountId\":" + accountId + ",\"page\":1,\"responseUrl\":\"" + slack.responseUrl("form")
                + "\"}";
        return requests.interactive(requests.viewSubmissionPayload(AE, "roles-contact-modal", metadata, Map.of(
                "roles-field-name", Map.of("roles-field-name-input", SlackPayloads.plainText(email)),
                "roles-field-email", Map.of("roles-field-email-input", SlackPayloads.plainText(email)),
                "roles-field-time-zone", Map.of("roles-field-time-zone-input", SlackPayloads.plainText(timeZone)),
                "roles-field-roles", Map.of("roles-field-roles-input", SlackPayloads.multiSelect("program_contact")),
                "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", SlackPayloads.radio("no")))));
    }

    void tick() {
        baton.baton().tick();
    }

    /** Jumps to 15:00 UTC on the day {@code days} after the test's first day. */
    void jumpDays(int days) {
        clock.jumpTo(WorkingDays.today().plus(java.time.Duration.ofDays(days)));
    }

    int count(String sql, Object... args) {
        return baton.database().jdbi().withHandle(h -> {
            var query = h.select(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }

    /** A link from an email, sent to this Baton (the emails name BATON_PUBLIC_URL, not the test's port). */
    URI local(String link) {
        URI uri = URI.create(link);
        return baton.uri(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    HttpResponse<String> get(String link) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(local(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String link, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(local(link)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    static String to(MimeMessage message) throws Exception {
        return message.getAllRecipients()[0].toString();
    }

    static Instant at(LocalDate day) {
        return day.atTime(15, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() throws Exception {
        baton.close();
        slack.close();
    }
}
