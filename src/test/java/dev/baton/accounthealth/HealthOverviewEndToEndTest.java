package dev.baton.accounthealth;

import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly health overview end to end, on H2 and PostgreSQL: scores recomputed from CRM changes and a seat report
 * over two weeks, then on Monday from 09:00 one post to the health channel (by default the usage channel) with the
 * bands by segment, the biggest movers, the accounts that turned red and the inputs missing most often; a second tick
 * and a second instance on the same database that week post nothing; App Home's Leaders section shows it.
 */
class HealthOverviewEndToEndTest {
    private static final String CHANNEL = "C0USAGE";
    private static final String TITLE = "Account health: the week of";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** Wednesday 10:00 UTC of the week before last: the first week's scores. */
    private final LocalDate firstWednesday = LocalDate.ofInstant(WorkingDays.today(), ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2).plusDays(2);
    private final RunningClock clock = RunningClock.from(firstWednesday.atTime(10, 0).toInstant(ZoneOffset.UTC));
    private final Map<String, String> env = new HashMap<>();
    private FakeSlackApi slack;
    private RunningBaton baton;

    private Jdbi start(DatabaseKind kind) throws Exception {
        slack = FakeSlackApi.start();
        env.putAll(HealthTesting.database(kind));
        env.put("BATON_LATEST_VERSION", "16.0.0");
        env.put("BATON_USAGE_CHANNEL", CHANNEL); // BATON_HEALTH_CHANNEL unset: the overview goes there
        env.put("BATON_HEALTH_WEIGHT_RELATIONSHIPS", "0"); // no contacts here: the version and seats make the score
        baton = RunningBaton.start(slack, env, clock);
        return baton.database().jdbi();
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private void crm(String crmId, String name, String segment, String version) {
        String json = "[{\"crm_id\":\"" + crmId + "\",\"name\":\"" + name.replace("\"", "\\\"") + "\",\"segment\":\""
                + segment + "\",\"product_version\":\"" + version + "\"}]";
        assertThat(baton.postApi("/api/accounts", json).statusCode()).isEqualTo(200);
    }

    private void recomputed(Jdbi jdbi) {
        clock.jumpTo(clock.instant().plusSeconds(61));
        baton.baton().tick();
        Await.until("the marks are recomputed",
                () -> HealthTesting.count(jdbi, "select count(*) from account_health_dirty") == 0);
    }

    /**
     * Week one: Acme 100 green, Blue Sun 40 yellow, Cyberdyne 88 green (version 100 and 80 of 100 seats used), the
     * hostile Dunder 100 green. Week two: Acme 20 red (two majors behind), Blue Sun 100 green, Dunder 40 yellow.
     * Answers the Monday after week two.
     */
    private LocalDate twoWeeksOfScores(Jdbi jdbi) {
        crm("001ACME", "Acme", "Enterprise", "16.0.0");
        crm("001BLUE", "Blue Sun", "Enterprise", "15.0.0");
        crm("001CYB", "Cyberdyne", "SMB", "16.0.0");
        crm("001DUN", "<!channel> Dunder", "Mid-Market", "16.0.0");
        assertThat(baton.postApi("/api/seat-usage", "{\"account\":\"001CYB\",\"active_users\":80,"
                + "\"seats_purchased\":100,\"as_of\":\"" + firstWednesday + "\"}").statusCode()).isEqualTo(200);
        recomputed(jdbi);
        assertThat(HealthTesting.health(jdbi, "001CYB")).containsEntry("score", 88).containsEntry("band", "green");

        clock.jumpTo(firstWednesday.plusWeeks(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
        crm("001ACME", "Acme", "Enterprise", "14.0.0");
        crm("001BLUE", "Blue Sun", "Enterprise", "16.0.0");
        crm("001DUN", "<!channel> Dunder", "Mid-Market", "15.0.0");
        recomputed(jdbi);
        assertThat(HealthTesting.health(jdbi, "001ACME")).containsEntry("score", 20).containsEntry("band", "red");
        return firstWednesday.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private List<FakeSlackApi.Call> overviewPosts(String title) {
        return slack.calls("chat.postMessage").stream().filter(c -> CHANNEL.equals(c.params().get("channel"))
                && String.valueOf(c.params().get("text")).startsWith(title)).toList();
    }

    private static int weeksClaimed(Jdbi jdbi, LocalDate monday) {
        return HealthTesting.count(jdbi, "select count(*) from health_overview_week where week_start = ?", monday);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void onMondayTheOverviewIsPostedOnceWithBandsBySegmentMoversTurnedRedAndMissingInputs(DatabaseKind kind)
            throws Exception {
        Jdbi jdbi = start(kind);
        LocalDate monday = twoWeeksOfScores(jdbi);

        // each week's overview was due from its Monday, so the first two weeks' ticks posted theirs (the first week
        // without scores a week before, the second against the first); this Monday's is due from 09:00
        assertThat(HealthTesting.count(jdbi, "select count(*) from health_overview_week")).isEqualTo(2);
        clock.jumpTo(monday.atTime(8, 30).toInstant(ZoneOffset.UTC));
        baton.baton().tick();
        assertThat(weeksClaimed(jdbi, monday)).isZero();

        clock.jumpTo(monday.atTime(9, 30).toInstant(ZoneOffset.UTC));
        baton.baton().tick();
        String title = TITLE + " " + WEEK.format(monday.minusWeeks(1));
        String post = HealthTesting.texts(slack.awaitPost(CHANNEL, WAIT, title));
        assertThat(post).contains(title,
                "*4 scored accounts*\n:large_green_circle: 2 green · :large_yellow_circle: 1 yellow · :red_circle: 1 red",
                "*Enterprise* · 1 green · 0 yellow · 1 red", "*Mid-Market* · 0 green · 1 yellow · 0 red",
                "*SMB* · 1 green · 0 yellow · 0 red",
                ":arrow_lower_right: *Acme* −80 · 100 → 20, now red",
                ":arrow_lower_right: *&lt;!channel&gt; Dunder* −60 · 100 → 40, now yellow",
                ":arrow_upper_right: *Blue Sun* +60 · 40 → 100, now green",
                ":red_circle: *Acme* · green (100) → red (20)",
                "Adoption: 4 accounts\nEngagement: 4 accounts\nUtilisation: 3 accounts")
                .doesNotContain("Cyberdyne", "<!channel>");
        assertThat(post.indexOf("*Acme* −80")).isLessThan(post.indexOf("Dunder* −60"));
        assertThat(post.indexOf("Dunder* −60")).isLessThan(post.indexOf("*Blue Sun* +60"));
        assertThat(post.substring(post.indexOf("*Turned red*"))).doesNotContain("Blue Sun", "Dunder");

        baton.baton().tick();
        try (RunningBaton second = RunningBaton.start(slack, env, clock)) {
            second.baton().tick(); // another instance, or this one restarted, on the same database
        }
        clock.jumpTo(monday.plusDays(3).atTime(15, 0).toInstant(ZoneOffset.UTC));
        baton.baton().tick(); // later the same week
        String key = "health-overview:" + monday + ":" + CHANNEL;
        Await.until("the overview is sent", () -> HealthTesting.count(jdbi,
                "select count(*) from outbox where dedupe_key = ? and status = 'sent'", key) == 1);
        assertThat(overviewPosts(title)).hasSize(1);
        assertThat(HealthTesting.count(jdbi, "select count(*) from outbox where dedupe_key = ?", key)).isEqualTo(1);
        assertThat(weeksClaimed(jdbi, monday)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theLeadersSectionShowsTheOverviewLastPosted(DatabaseKind kind) throws Exception {
        Jdbi jdbi = start(kind);
        assertThat(openHome(Fixtures.LEADER)).contains("Leaders")
                .contains("The weekly health overview is posted on Mondays from 09:00")
                .doesNotContain("*Weekly health overview*");
        LocalDate monday = twoWeeksOfScores(jdbi);

        clock.jumpTo(monday.atTime(9, 30).toInstant(ZoneOffset.UTC));
        baton.baton().tick();
        slack.awaitPost(CHANNEL, WAIT, TITLE + " " + WEEK.format(monday.minusWeeks(1)));
        String home = openHome(Fixtures.LEADER);
        assertThat(home).contains("*Weekly health overview* · the week of " + WEEK.format(monday.minusWeeks(1)),
                        "4 scored: 2 green, 1 yellow, 1 red", "*Enterprise* · 1 green · 0 yellow · 1 red",
                        "*Acme* −80 · 100 → 20, now red", "*&lt;!channel&gt; Dunder* −60", "*Blue Sun* +60",
                        ":red_circle: *Acme* · green (100) → red (20)",
                        "Inputs missing most often: Adoption (4), Engagement (4), Utilisation (3)")
                .doesNotContain("<!channel>");
        assertThat(com.google.gson.JsonParser.parseString(home).getAsJsonObject().getAsJsonArray("blocks").size())
                .isLessThanOrEqualTo(100);
        assertThat(openHome(Fixtures.AE)).doesNotContain("Weekly health overview");
    }

    private int events;

    /** Opens the person's App Home tab and answers the view published for it. */
    private String openHome(String userId) {
        int before = publishes(userId).size();
        baton.slackRequests().event(SlackPayloads.eventCallback("EvOverview" + ++events,
                "{\"type\":\"app_home_opened\",\"user\":\"" + userId + "\",\"tab\":\"home\"}"), Map.of());
        return Await.value("the home of " + userId, WAIT, () -> {
            List<FakeSlackApi.Call> calls = publishes(userId);
            return calls.size() > before ? Optional.of(calls.get(before).params().get("view")) : Optional.empty();
        }, () -> publishes(userId).size() + " published");
    }

    private List<FakeSlackApi.Call> publishes(String userId) {
        return slack.calls("views.publish").stream().filter(c -> userId.equals(c.params().get("user_id"))).toList();
    }
}
