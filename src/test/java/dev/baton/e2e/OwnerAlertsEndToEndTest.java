package dev.baton.e2e;

import dev.baton.account.AccountDao;
import dev.baton.account.AlertSettings;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.timeline.QuietHours;
import dev.baton.timeline.QuietHoursDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage alerts DM'd to the account's owners who asked for them (App Home's settings, stored in
 * {@code user_alert_setting}), over real HTTP: on for all accounts, on for red ones only, off, and exactly once.
 */
class OwnerAlertsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0USAGE";
    private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
    private FakeSlackApi slack;
    private RunningBaton baton;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_USAGE_CHANNEL", CHANNEL), RunningClock.from(START));
        String team = "\"ae\":\"" + AE + "\",\"ce\":\"" + CE + "\",\"ta\":\"" + TA + "\",\"closed_won_date\":\"2025-01-01\"";
        assertThat(baton.postApi("/api/accounts", "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\"," + team + "},"
                + "{\"crm_id\":\"001GLOBEX\",\"name\":\"Globex\"," + team + "}]").body()).contains("\"created\":2");
        band("001ACME", "green");
        band("001GLOBEX", "red");
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @Test
    void firstUsesReachTheOwnersWhoAskedForAllOrForRedAccountsOnlyAndOnlyOnce() {
        choose(AE, AlertSettings.FIRST_USE, AlertSettings.ALL);
        choose(TA, AlertSettings.FIRST_USE, AlertSettings.RED);
        String events = "[" + event("001ACME", "Merge Trains") + "," + event("001GLOBEX", "Merge Trains") + "]";

        baton.postApi("/api/usage-events", events);

        slack.awaitCalls("chat.postMessage", 5, WAIT);
        assertThat(dmsTo(AE)).hasSize(2).allSatisfy(dm -> assertThat(dm.params().get("blocks"))
                .contains("asked for first uses as DMs").contains("usage-open-account")
                .doesNotContain("usage-mute-account"));
        assertThat(dmsTo(TA)).singleElement().satisfies(dm -> assertThat(dm.params().get("text"))
                .isEqualTo("Globex used Merge Trains for the first time"));
        assertThat(dmsTo(TA).get(0).params().get("blocks")).contains("asked for red accounts' first uses as DMs");
        assertThat(dmsTo(CE)).isEmpty();
        assertThat(dmsTo(CHANNEL)).hasSize(2);

        baton.postApi("/api/usage-events", events);
        baton.postApi("/api/usage-events", "[" + event("001ACME", "merge trains") + "]");
        assertThat(queued("usage-owner-dm:")).isEqualTo(3);
    }

    @Test
    void seatStatesReachOnlyOwnersWhoOptedInAfterTheirQuietHoursAndStopWhenTheyOptOut() {
        choose(CE, AlertSettings.SEAT_STATE, AlertSettings.ALL);
        choose(AE, AlertSettings.SEAT_STATE, AlertSettings.RED);
        choose(TA, AlertSettings.SEAT_STATE, AlertSettings.ALL);
        baton.database().jdbi().useHandle(h -> {
            h.createUpdate("insert into slack_user_zone (user_id, zone, display_name, fetched_at) "
                    + "values (:user, 'America/New_York', 'Tess', :at)").bind("user", TA).bind("at", START).execute();
            h.attach(QuietHoursDao.class).set(TA, new QuietHours(LocalTime.of(9, 0), LocalTime.of(8, 0), true), START);
        });

        baton.postApi("/api/seat-usage", seats("001ACME", 10, "2026-11-01"));

        slack.awaitCalls("chat.postMessage", 2, WAIT);
        assertThat(dmsTo(CE)).singleElement().satisfies(dm -> assertThat(dm.params().get("text"))
                .contains("Acme: seats under-used (10%)"));
        assertThat(dmsTo(AE)).isEmpty(); // Acme is green
        assertThat(dmsTo(TA)).isEmpty(); // 10:00 in New York is in the TA's own quiet hours: held until 08:00
        List<OutboxMessage> held = baton.database().jdbi().withExtension(OutboxDao.class,
                dao -> dao.byDedupePrefix("usage-owner-dm:"));
        assertThat(held).filteredOn(m -> m.channel().equals(TA)).singleElement()
                .satisfies(m -> assertThat(m.nextAttemptAt()).isEqualTo("2026-11-26T13:00:00Z"));

        choose(CE, AlertSettings.SEAT_STATE, AlertSettings.NONE);
        baton.postApi("/api/seat-usage", seats("001GLOBEX", 10, "2026-11-01"));

        Await.until("Globex's seat alert posted", () -> dmsTo(CHANNEL).size() == 2);
        Await.until("the AE's DM about red Globex", () -> dmsTo(AE).size() == 1);
        assertThat(dmsTo(CE)).hasSize(1);
        assertThat(queued("usage-owner-dm:")).isEqualTo(4); // CE and TA of Acme, AE and TA of Globex
    }

    private void choose(String user, String alert, String choice) {
        baton.database().jdbi().useHandle(h -> AlertSettings.choose(h, user, alert, choice, START));
    }

    private void band(String crmId, String band) {
        baton.database().jdbi().useHandle(h -> {
            long id = h.attach(AccountDao.class).findByCrmId(crmId).orElseThrow().id();
            h.createUpdate("insert into account_health (account_id, score, band, components, missing, computed_at) "
                    + "values (:id, :score, :band, '{}', '', :at)").bind("id", id)
                    .bind("score", "red".equals(band) ? 30 : 80).bind("band", band).bind("at", START).execute();
        });
    }

    private List<FakeSlackApi.Call> dmsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    private int queued(String prefix) {
        return baton.database().jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix)).size();
    }

    private static String event(String account, String feature) {
        return "{\"account\":\"" + account + "\",\"feature\":\"" + feature
                + "\",\"user\":\"u1\",\"occurred_at\":\"2026-11-20T10:00:00Z\"}";
    }

    private static String seats(String account, int active, String asOf) {
        return "{\"account\":\"" + account + "\",\"active_users\":" + active + ",\"seats_purchased\":100,\"as_of\":\""
                + asOf + "\"}";
    }
}
