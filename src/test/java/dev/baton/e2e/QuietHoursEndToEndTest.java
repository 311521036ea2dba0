package dev.baton.e2e;

import com.google.gson.JsonObject;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.RunningBaton;
import dev.baton.timeline.QuietHours;
import dev.baton.timeline.QuietHoursDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** Any DM Baton queues waits for the end of the recipient's own quiet hours; others are DM'd at once. */
class QuietHoursEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A Wednesday, 10:00 in New York. */
    private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private FakeSlackApi slack;
    private RunningBaton baton;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of(), clock);
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @Test
    void aDmToSomeoneInTheirQuietHoursIsHeldUntilTheyEndThenSentOnce() {
        baton.database().jdbi().useHandle(h -> {
            h.createUpdate("insert into slack_user_zone (user_id, zone, display_name, fetched_at) "
                    + "values (:user, 'America/New_York', 'Tess', :at)").bind("user", TA).bind("at", START).execute();
            h.attach(QuietHoursDao.class).set(TA, new QuietHours(LocalTime.of(9, 0), LocalTime.of(8, 0), true), START);
            Outbox.post(h, "test-dm:ta", TA, message("For the TA"), START);
            Outbox.post(h, "test-dm:ce", CE, message("For the CE"), START);
        });

        slack.awaitPost(CE, WAIT, "For the CE");
        Await.until("the TA's DM held", () -> "held for the recipient's quiet hours".equals(row("test-dm:ta").lastError()));
        assertThat(row("test-dm:ta").nextAttemptAt()).isEqualTo("2026-11-26T13:00:00Z"); // Thursday 08:00
        assertThat(slack.post(TA)).isEmpty();

        clock.set(Instant.parse("2026-11-26T13:00:00Z"));
        slack.awaitPost(TA, WAIT, "For the TA");
        Await.until("the TA's DM recorded as sent", () -> OutboxMessage.SENT.equals(row("test-dm:ta").status()));
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    private OutboxMessage row(String key) {
        return baton.database().jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(key)).get(0);
    }

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }
}
