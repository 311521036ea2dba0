package dev.baton.e2e;

import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, stale, future-dated, replayed, malformed and oversize Slack requests are refused and change nothing. Baton
 * runs on a frozen clock, so a timestamp a second inside or outside the window stays there however slow the request.
 */
class RequestGuardEndToEndTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final MutableClock CLOCK = new MutableClock(WorkingDays.today());
    private static FakeSlackApi slack;
    private static RunningBaton baton;
    private static SlackRequests requests;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of(), CLOCK);
        requests = baton.slackRequests();
        Fixtures.account(baton.database().jdbi(), baton.clock(), "Guarded Corp", "G-1");
    }

    @AfterAll
    static void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @BeforeEach
    void clear() {
        slack.reset();
    }

    private static String tagCommand(String email) {
        return SlackRequests.formBody(Map.of("command", "/roles", "text", "Guarded Corp tag " + email + " Champion",
                "user_id", Fixtures.AE, "team_id", "T0TEST", "channel_id", "C0TEST", "response_url",
                "https://hooks.slack.com/x", "trigger_id", "1.2.3"));
    }

    private static long now() {
        return CLOCK.instant().getEpochSecond();
    }

    private static int contacts(String email) {
        return baton.database().jdbi().withHandle(h -> h.select("select count(*) from contact where email = ?", email)
                .mapTo(Integer.class).one());
    }

    @Test
    void aForgedSignatureIsRefused() {
        HttpResponse<String> response = requests.send(FORM, tagCommand("forged@x.com"), Map.of(), now(), false);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("signature does not match");
        assertThat(contacts("forged@x.com")).isZero();
    }

    @Test
    void missingHeadersAreRefused() {
        assertThat(requests.sendWithHeaders(FORM, tagCommand("none@x.com"), Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void staleAndFutureTimestampsAreRefusedEvenWhenSignedCorrectly() {
        assertThat(requests.send(FORM, tagCommand("stale@x.com"), Map.of(), now() - 301, true).statusCode()).isEqualTo(401);
        HttpResponse<String> future = requests.send(FORM, tagCommand("future@x.com"), Map.of(), now() + 301, true);
        assertThat(future.statusCode()).isEqualTo(401);
        assertThat(future.body()).contains("5-minute window");
        assertThat(requests.send(FORM, "x=1", Map.of(), now() + 200, true).statusCode()).isNotEqualTo(401);
        assertThat(contacts("stale@x.com") + contacts("future@x.com")).isZero();
    }

    @Test
    void anExactReplayIsRefused() {
        String body = tagCommand("replay@x.com");
        Map<String, String> headers = requests.signedHeaders(body, now());
        assertThat(requests.sendWithHeaders(FORM, body, headers).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = requests.sendWithHeaders(FORM, body, headers);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("replay");
        assertThat(contacts("replay@x.com")).isEqualTo(1);
    }

    @Test
    void oversizeBodiesGet413BeforeAnythingElse() {
        String huge = "payload=" + "a".repeat(300 * 1024);
        assertThat(requests.send(FORM, huge, Map.of(), now(), true).statusCode()).isEqualTo(413);
    }

    @Test
    void malformedPayloadsAreAnsweredWithoutHarm() {
        assertThat(requests.interactive("{not json").statusCode()).isBetween(400, 499);
        assertThat(requests.send(FORM, "payload=%7B%22type%22%3A%22block_actions%22%7D", Map.of(), now(), true).statusCode())
                .isLessThan(500);
        HttpResponse<String> badValue = requests.blockAction(Fixtures.AE, "roles-tag-contact", "not-a-number",
                slack.responseUrl("m"), null);
        assertThat(badValue.statusCode()).isEqualTo(200);
        assertThat(slack.awaitCall("response_url", Duration.ofSeconds(5)).body()).contains("no longer exists");
        assertThat(requests.interactive(SlackPayloads.viewSubmission(Fixtures.AE, "roles-contact-modal", "garbage", Map.of()))
                .body()).contains("out of date");
    }

    @Test
    void anEventRetriedBySlackRunsOnce() {
        String event = SlackPayloads.eventCallback("Ev123", "{\"type\":\"app_home_opened\",\"user\":\"" + Fixtures.AE
                + "\",\"tab\":\"home\"}");
        assertThat(requests.event(event, Map.of()).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(30)); // Slack signs its retry afresh: only the event id says it is the same
        assertThat(requests.event(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        // the retry was dropped or handled before its 200: a publish it caused was queued ahead of the next event's
        assertThat(requests.event(SlackPayloads.eventCallback("Ev124", "{\"type\":\"app_home_opened\",\"user\":\""
                + Fixtures.LEADER + "\",\"tab\":\"home\"}"), Map.of()).statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> publishes = slack.awaitCalls("views.publish", 2, Duration.ofSeconds(5));
        assertThat(publishes).extracting(c -> c.params().get("user_id"))
                .containsExactlyInAnyOrder(Fixtures.AE, Fixtures.LEADER);
    }
}
