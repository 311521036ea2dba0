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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys end to end, over the real server and SMTP (GreenMail): enrolment at closed-won of a Pooled account,
 * a step at its offset to the roles it names, one email per contact per day, unsubscribe, the survey.
 */
class JourneysEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting t;

    private void start(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    private List<MimeMessage> awaitMail(int count) {
        Await.until(count + " emails", WAIT, () -> mail.getReceivedMessages().length >= count,
                () -> Arrays.stream(mail.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject() + " to " + JourneyTesting.to(m);
                    } catch (Exception e) {
                        return e.toString();
                    }
                }).toList());
        return List.of(mail.getReceivedMessages());
    }

    private static List<String> recipients(List<MimeMessage> messages) throws Exception {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            to.add(JourneyTesting.to(message) + " " + message.getSubject());
        }
        return to;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aPooledAccountClosedWonEntersAndEachRoleGetsItsStepOnePerDay(DatabaseKind kind) throws Exception {
        start(kind);
        long account = t.pooledAccount("001POOL", "Pooled & Co", 2);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.contact("001POOL", "ian@pooled.example", "Instance Admin");
        t.contact("001POOL", "bob@pooled.example", "Champion, Instance Admin");
        t.contact("001POOL", "eve@pooled.example", "Economic Buyer");
        t.tick();

        assertThat(t.count("select count(*) from journey_enrolment where account_id = ?", account)).isEqualTo(5);
        List<MimeMessage> sent = awaitMail(3);
        assertThat(recipients(sent)).containsExactlyInAnyOrder(
                "ada@pooled.example Getting started with your rollout",
                "ian@pooled.example Setting up your instance",
                "bob@pooled.example Getting started with your rollout");
        // bob holds both roles: the admin email waits for the next working day, one email per contact per day
        assertThat(t.count("select count(*) from journey_message where email = 'bob@pooled.example'")).isEqualTo(2);
        assertThat(t.count("select count(distinct send_day) from journey_message where email = 'bob@pooled.example'"))
                .isEqualTo(2);
        MimeMessage ada = sent.stream().filter(m -> m.toString() != null).filter(m -> {
            try {
                return JourneyTesting.to(m).startsWith("ada");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(JourneyTesting.text(ada)).contains("Hi ada@pooled.example", "Pooled & Co").doesNotContain("${");
        assertThat(JourneyTesting.part(ada, "text/html")).contains("Pooled &amp; Co");
        assertThat(ada.getHeader("List-Unsubscribe")[0]).startsWith("<http").contains("/email/unsubscribe?m=");
        assertThat(ada.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        t.tick(); // nothing new is due today, and nothing is queued twice
        assertThat(t.count("select count(*) from journey_message where account_id = ?", account)).isEqualTo(4);
        Await.until("the statuses caught up", WAIT, () -> {
            t.tick();
            return t.count("select count(*) from journey_message where status = 'sent'") == 3;
        }, () -> "");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theUnsubscribeLinkAsksFirstThenStopsEveryJourneyEmail(DatabaseKind kind) throws Exception {
        start(kind);
        t.pooledAccount("001POOL", "Pooled", 1);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.tick();
        MimeMessage first = awaitMail(1).get(0);
        String header = first.getHeader("List-Unsubscribe")[0];
        String link = header.substring(1, header.length() - 1);
        assertThat(JourneyTesting.text(first)).contains(link);

        HttpResponse<String> page = t.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Unsubscribe ada@pooled.example?", "method=\"post\"");
        assertThat(t.count("select count(*) from contact where unsubscribed_at is not null")).isZero();
        assertThat(t.get(link.replaceAll("s=[^&]+", "s=forged")).statusCode()).isEqualTo(404);

        HttpResponse<String> oneClick = t.post(link, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You are unsubscribed");
        assertThat(t.count("select count(*) from contact where unsubscribed_at is not null")).isEqualTo(1);
        assertThat(t.count("select count(*) from audit_log where action = 'journey.contact.unsubscribed'")).isEqualTo(1);
        HttpResponse<String> card = t.requests.slashCommand("/roles", "001POOL", JourneyTesting.AE);
        assertThat(card.body() + t.slack.calls()).contains("Unsubscribed from the journey emails", "Digital journeys");

        t.jumpDays(13); // the two-week step is due for the Program Contact, who unsubscribed
        t.tick();
        assertThat(t.count("select count(*) from journey_message where email = 'ada@pooled.example'")).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSurveyAnswerOfFourIsStoredPostedAndAlertsTheTa(DatabaseKind kind) throws Exception {
        start(kind);
        long account = t.pooledAccount("001POOL", "Pooled", 30);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.tick();
        MimeMessage survey = awaitMail(1).get(0);
        assertThat(survey.getSubject()).isEqualTo("How are your first 30 days going?");
        Matcher four = Pattern.compile("(?m)^4: (\\S+)$").matcher(JourneyTesting.text(survey));
        assertThat(four.find()).isTrue();

        healthRecomputed(); // the marks of the account's creation and its contact
        assertThat(engagement(account)).doesNotContain("engagement");

        HttpResponse<String> page = t.get(four.group(1));
        assertThat(page.body()).contains("You chose 4 out of 10");
        assertThat(t.count("select count(*) from survey_answer")).isZero(); // a scanner's GET answers nothing

        assertThat(t.post(four.group(1), "comment=Setup+was+hard+%3C%21channel%3E").body()).contains("Thank you");
        assertThat(t.count("select count(*) from survey_answer where account_id = ? and score = 4 and contact = ?",
                account, "ada@pooled.example")).isEqualTo(1);
        t.slack.awaitPost(JourneyTesting.TA, WAIT, "scored us *4/10*");
        t.slack.awaitPost(JourneyTesting.AE, WAIT, "answered the 30-day survey", "4/10");
        assertThat(t.post(four.group(1), "comment=again").body()).contains("already have your answer");
        assertThat(t.count("select count(*) from survey_answer")).isEqualTo(1);

        // the answer marked the account's health; the tick scores it: a detractor alone is engagement 0
        assertThat(t.count("select count(*) from account_health_dirty where account_id = ?", account)).isEqualTo(1);
        healthRecomputed();
        assertThat(engagement(account)).contains("\"engagement\":0");
    }

    /** Past the health debounce, a tick; the background's own tick may be the one that takes the marks. */
    private void healthRecomputed() {
        t.clock.jumpTo(t.clock.instant().plusSeconds(61));
        t.tick();
        Await.until("the health marks are recomputed", WAIT,
                () -> t.count("select count(*) from account_health_dirty") == 0, () -> "");
    }

    private String engagement(long account) {
        return t.baton.database().jdbi().withHandle(h -> h.select(
                "select components from account_health where account_id = ?", account).mapTo(String.class).one());
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaderPausesAJourneyForAnAccountAndResumesIt(DatabaseKind kind) throws Exception {
        start(kind);
        long account = t.pooledAccount("001POOL", "Pooled", 0);
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        t.tick();
        assertThat(t.count("select count(*) from journey_enrolment where account_id = ?", account)).isEqualTo(5);

        t.requests.overflowAction(JourneyTesting.AE, JourneySlack.ACTION_PAUSE_MENU, "pause:" + account + ":onboarding",
                t.slack.responseUrl("menu"));
        t.requests.overflowAction(dev.baton.testing.Fixtures.LEADER, JourneySlack.ACTION_PAUSE_MENU,
                "pause:" + account + ":onboarding", t.slack.responseUrl("menu"));
        Await.until("paused", WAIT, () -> t.count("select count(*) from journey_enrolment where paused_at is not null") == 1,
                () -> "");
        assertThat(t.count("select count(*) from audit_log where action = 'journey.paused'")).isEqualTo(1);
        assertThat(t.requests.slashCommand("/roles", "001POOL", JourneyTesting.AE).body() + t.slack.calls())
                .contains("paused: onboarding", "Resume onboarding");

        t.jumpDays(1);
        t.tick();
        assertThat(t.count("select count(*) from journey_message")).isZero();
        t.requests.overflowAction(dev.baton.testing.Fixtures.LEADER, JourneySlack.ACTION_PAUSE_MENU,
                "resume:" + account + ":onboarding", t.slack.responseUrl("menu"));
        Await.until("resumed", WAIT, () -> t.count("select count(*) from journey_enrolment where paused_at is not null") == 0,
                () -> "");
        t.tick();
        assertThat(recipients(awaitMail(1))).containsExactly("ada@pooled.example Getting started with your rollout");
    }
}
