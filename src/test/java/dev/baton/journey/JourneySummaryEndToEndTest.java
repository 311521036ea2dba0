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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens and clicks counted per email, and the weekly conversations summary's figures, posted once. */
class JourneySummaryEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CHANNEL = "C0DIGITAL";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting t;

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void opensAndClicksAreCountedAndTheWeeklySummaryGivesEachStepsFigures(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of("BATON_DIGITAL_CHANNEL", CHANNEL,
                "BATON_EMAIL_TRACK_OPENS", "true"));
        t.pooledAccount("001POOL", "Pooled", 1);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.contact("001POOL", "bob@pooled.example", "Champion");
        t.tick();
        Await.until("two emails", WAIT, () -> mail.getReceivedMessages().length == 2, () -> "");
        MimeMessage ada = mail.getReceivedMessages()[0];
        String html = JourneyTesting.part(ada, "text/html");
        String pixel = first(Pattern.compile("<img src=\"([^\"]+)\""), html).replace("&amp;", "&");
        assertThat(t.get(pixel).statusCode()).isEqualTo(200);
        String click = first(Pattern.compile("book a short onboarding session with us when you are ready: (\\S+)",
                Pattern.CASE_INSENSITIVE), JourneyTesting.text(ada));
        assertThat(t.get(click).statusCode()).isEqualTo(302);
        assertThat(t.count("select sum(opens) from journey_message")).isEqualTo(1);
        assertThat(t.count("select sum(clicks) from journey_message")).isEqualTo(1);
        Await.until("both sent", WAIT, () -> {
            t.tick();
            return t.count("select count(*) from journey_message where status = 'sent'") == 2;
        }, () -> "");

        LocalDate monday = t.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        t.clock.jumpTo(monday.atTime(8, 0).toInstant(ZoneOffset.UTC));
        t.tick();
        assertThat(t.slack.post(CHANNEL)).isEmpty(); // from 09:00
        t.clock.jumpTo(monday.atTime(10, 0).toInstant(ZoneOffset.UTC));
        t.tick();
        t.slack.awaitPost(CHANNEL, WAIT, "onboarding", "getting-started",
                "2 sent, 0 pending, 0 bounced (0%), 0 failed, 0 unsubscribed (0%), 1 opened (50%), 1 clicked (50%)",
                "The week before:_ none");
        t.tick();
        assertThat(t.slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.params().get("channel")))).hasSize(1);
    }
}
