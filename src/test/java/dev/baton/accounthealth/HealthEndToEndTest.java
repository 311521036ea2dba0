package dev.baton.accounthealth;

import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health score end to end, on H2 and PostgreSQL: a CRM change marks the account, the background recompute
 * waits for the debounce, stores the score with its missing inputs, and a change of band is DM'd to the AE and TA
 * once (not again on a recompute in the same band), as each one's band-change preference says.
 */
class HealthEndToEndTest {
    private static final String AE = "UHAE0001";
    private static final String TA = "UHTA0001";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final RunningClock clock = RunningClock.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private FakeSlackApi slack;
    private RunningBaton baton;

    private Jdbi start(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        Map<String, String> env = new HashMap<>(HealthTesting.database(kind));
        env.put("BATON_LATEST_VERSION", "16.0.0");
        baton = RunningBaton.start(slack, env, clock);
        return baton.database().jdbi();
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private void crm(String version) {
        String json = "[{\"crm_id\":\"001ACME\",\"name\":\"Acme\",\"segment\":\"Enterprise\",\"ae\":\"" + AE
                + "\",\"ta\":\"" + TA + "\",\"product_version\":\"" + version + "\"}]";
        assertThat(baton.postApi("/api/accounts", json).statusCode()).isEqualTo(200);
    }

    /** Past the debounce, a tick; the background's own tick may be the one that takes the mark, so waits for it. */
    private void afterTheDebounce(Jdbi jdbi) {
        clock.jumpTo(clock.instant().plusSeconds(61));
        baton.baton().tick();
        Await.until("the mark is recomputed",
                () -> HealthTesting.count(jdbi, "select count(*) from account_health_dirty") == 0);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aCrmChangeIsScoredAfterTheDebounceAndABandChangeIsToldOnceAsEachPreferenceSays(DatabaseKind kind)
            throws Exception {
        Jdbi jdbi = start(kind);
        jdbi.useHandle(h -> h.execute("insert into user_alert_setting (slack_user, alert, choice, updated_at) "
                + "values (?, 'band-change', 'none', ?)", TA, clock.instant()));
        crm("16.0.0");
        baton.baton().tick();
        assertThat(HealthTesting.count(jdbi, "select count(*) from account_health")).isZero();
        assertThat(HealthTesting.count(jdbi, "select count(*) from account_health_dirty")).isEqualTo(1);

        afterTheDebounce(jdbi);
        // version current (100, weight 15), relationships: no contact, no champion, no assessment (0, weight 20);
        // utilisation, adoption and engagement have no input and their weights are spread: 1500 / 35 = 43
        Map<String, Object> first = HealthTesting.health(jdbi, "001ACME");
        assertThat(first).containsEntry("score", 43).containsEntry("band", "yellow")
                .containsEntry("missing", "utilisation,adoption,engagement");
        assertThat(HealthTesting.count(jdbi, "select count(*) from account_health_dirty")).isZero();

        crm("14.0.0"); // two majors behind: 20; (20*15 + 0*20) / 35 = 9
        afterTheDebounce(jdbi);
        assertThat(HealthTesting.health(jdbi, "001ACME")).containsEntry("score", 9).containsEntry("band", "red");
        String dm = HealthTesting.texts(slack.awaitPost(AE, WAIT, "Acme"));
        assertThat(dm).contains("*Acme* moved from *yellow* (43) to *red* (9)", "Version currency: 100 → 20",
                "Left out for want of input: Utilisation, Adoption, Engagement");
        assertThat(HealthTesting.count(jdbi, "select count(*) from audit_log where action = 'health.band-changed'"))
                .isEqualTo(1);

        crm("14.0.1"); // still red: recomputed, not told again
        afterTheDebounce(jdbi);
        assertThat(HealthTesting.health(jdbi, "001ACME")).containsEntry("band", "red");
        baton.baton().tick();
        assertThat(HealthTesting.count(jdbi, "select count(*) from outbox where dedupe_key like 'health-band:%'"))
                .isEqualTo(1);
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> TA.equals(c.params().get("channel"))))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theApiAnswersTheScoreComponentsWeightsAndWeeklyTrend(DatabaseKind kind) throws Exception {
        Jdbi jdbi = start(kind);
        crm("16.0.0");
        assertThat(baton.getApi("/api/accounts/001ACME/health").body())
                .contains("\"score\":null", "\"computed_at\":null", "\"missing\":[\"utilisation\",\"adoption\","
                        + "\"engagement\",\"version_currency\",\"relationships\"]");
        afterTheDebounce(jdbi);
        jdbi.useHandle(h -> h.execute("insert into account_health_week (account_id, week_start, score, band, "
                + "components) select account_id, ?, 80, 'green', '{}' from account_health",
                HealthRecompute.weekStart(clock.instant(), java.time.ZoneOffset.UTC).minusWeeks(1)));

        var answer = com.google.gson.JsonParser.parseString(baton.getApi("/api/accounts/001ACME/health").body())
                .getAsJsonObject();
        assertThat(answer.get("score").getAsInt()).isEqualTo(43);
        assertThat(answer.get("band").getAsString()).isEqualTo("yellow");
        assertThat(answer.getAsJsonObject("components").toString())
                .isEqualTo("{\"version_currency\":100,\"relationships\":0}");
        assertThat(answer.get("missing").toString()).isEqualTo("[\"utilisation\",\"adoption\",\"engagement\"]");
        assertThat(answer.getAsJsonObject("weights").get("utilisation").getAsInt()).isEqualTo(25);
        assertThat(Instant.parse(answer.get("computed_at").getAsString()))
                .isBetween(clock.instant().minusSeconds(10), clock.instant());
        assertThat(answer.get("trend").getAsString()).isEqualTo("down");
        assertThat(answer.getAsJsonArray("weeks")).hasSize(2);

        assertThat(baton.getApi("/api/accounts/001NOPE/health").statusCode()).isEqualTo(404);
        assertThat(baton.getApi("/api/accounts/001NOPE/health").body()).contains("001NOPE");
        assertThat(baton.getApi("/api/accounts/001ACME/health", "wrong").statusCode()).isEqualTo(401);
        assertThat(baton.getApi("/api/accounts/001ACME/health", (String) null).statusCode()).isEqualTo(401);
        assertThat(baton.postApi("/api/accounts", "[]").statusCode()).isEqualTo(200); // the CRM's route still answers
    }
}
