package dev.baton.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly recap's numbers from known usage, and a release fanned out to the journey's recipients. */
class JourneyRecapAndReleasesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting t;

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    private void usage(String feature, LocalDate day) {
        String json = "[{\"account\":\"001POOL\",\"feature\":\"" + feature + "\",\"user\":\"u1\",\"occurred_at\":\""
                + day + "T10:00:00Z\"}]";
        assertThat(t.baton.postApi("/api/usage-events", json).body()).contains("\"accepted\":1");
    }

    private void seats(int active, LocalDate asOf) {
        assertThat(t.baton.postApi("/api/seat-usage", "{\"account\":\"001POOL\",\"active_users\":" + active
                + ",\"seats_purchased\":100,\"as_of\":\"" + asOf + "\"}").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theMonthlyRecapShowsTheMonthsNumbersBesideTheMonthBefore(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of());
        LocalDate today = t.today();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(10);
        t.pooledAccount("001POOL", "Pooled", 40);
        t.contact("001POOL", "eve@pooled.example", "Economic Buyer");
        t.tick();
        seats(30, lastMonth);
        usage("Merge Trains", lastMonth);
        t.tick();
        seats(45, today);
        usage("Code Review", today);
        usage("Pipelines", today);
        t.tick();

        LocalDate recapDay = SendWindow.firstWorkingDay(today.plusMonths(1));
        t.clock.jumpTo(JourneyTesting.at(recapDay));
        t.tick();
        Await.until("the recap", WAIT, () -> mail.getReceivedMessages().length == 1, () -> "");
        MimeMessage recap = mail.getReceivedMessages()[0];
        assertThat(recap.getSubject()).isEqualTo("Your month in numbers");
        String text = JourneyTesting.text(recap);
        String month = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        assertThat(text).contains("Pooled's " + month + " " + today.getYear());
        assertThat(text).containsPattern("Active users: +45 \\(30\\)");
        assertThat(text).containsPattern("Seat utilisation: +45% \\(30%\\)");
        assertThat(text).containsPattern("Features first used: +2 \\(1\\)");
        assertThat(text).containsPattern("Features adopted in total: +3 \\(1\\)");
        assertThat(text).contains("New this month: Code Review, Pipelines.");

        t.tick(); // the month's recap goes once
        assertThat(t.count("select count(*) from journey_message where journey = 'monthly-recap'")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aReleaseGoesToTheJourneysRecipientsWithATrackedLink(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of());
        t.pooledAccount("001POOL", "Pooled", 20); // past the onboarding emails, before the survey
        t.contact("001POOL", "ian@pooled.example", "Instance Admin");
        t.contact("001POOL", "eve@pooled.example", "Economic Buyer");
        t.tick();
        assertThat(t.baton.postApi("/api/releases", "{\"title\":\"\",\"summary\":\"x\",\"link\":\"ftp://x\"}").body())
                .contains("title is required", "link must be an http(s) address");

        HttpResponse<String> posted = t.baton.postApi("/api/releases", "{\"title\":\"Release 17.6\",\"summary\":"
                + "\"Faster pipelines & a new merge queue\",\"link\":\"https://example.com/releases/17-6\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        t.tick();
        Await.until("the release email", WAIT, () -> mail.getReceivedMessages().length == 1, () -> "");
        MimeMessage release = mail.getReceivedMessages()[0];
        assertThat(JourneyTesting.to(release)).isEqualTo("ian@pooled.example");
        assertThat(release.getSubject()).isEqualTo("What's new: Release 17.6");
        String text = JourneyTesting.text(release);
        assertThat(text).contains("Faster pipelines & a new merge queue");
        Matcher link = Pattern.compile("Read the release notes: (\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).contains("/email/click?");

        HttpResponse<String> click = t.get(link.group(1));
        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).hasValue("https://example.com/releases/17-6");
        assertThat(t.count("select clicks from journey_message")).isEqualTo(1);
        // the signature covers the address: the redirect cannot be pointed elsewhere
        String elsewhere = link.group(1).replace("u=https%3A%2F%2Fexample.com", "u=https%3A%2F%2Fevil.example");
        assertThat(t.get(elsewhere).statusCode()).isEqualTo(404);
        t.tick();
        assertThat(t.count("select count(*) from journey_message where journey = 'product-releases'")).isEqualTo(1);
    }
}
