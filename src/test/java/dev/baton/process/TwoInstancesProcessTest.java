package dev.baton.process;

import dev.baton.store.Database;
import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Baton processes from the jar on one PostgreSQL schema, as production runs them behind a load balancer: Slack
 * requests and CRM imports alternate between them, both ingest the same usage events at once, both timelines and
 * outboxes run, and one is killed ({@code SIGKILL}) in the middle of its deliveries. At the fake Slack every DM,
 * usage alert and reminder arrives exactly once, nothing is lost, and the survivor takes over the dead one's
 * leases within the outbox lease (60 s).
 */
class TwoInstancesProcessTest {
    private static final int TAGGED = 6;
    private static final int UNTAGGED = 4;
    private static final List<String> FEATURES = List.of("search", "export");
    private static final String USAGE_CHANNEL = "C0USAGE";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    @Test
    void everyMessageArrivesOnceThroughTwoInstancesAndTheSurvivorTakesOverTheDeadOnesLeases() throws Exception {
        assumeTrue(TestDatabases.postgresAvailable(), "BATON_TEST_POSTGRES_URL is not set");
        Instant now = Instant.now();
        Optional<ZoneId> working = workingZone(now);
        ZoneId zone = working.orElse(ZoneOffset.UTC);
        slack.answerUserZone(zone);
        Map<String, String> env = new HashMap<>(Map.of("BATON_DATABASE_URL", TestDatabases.postgresSchemaUrl(),
                "BATON_DATABASE_USER", TestDatabases.postgresUser(),
                "BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword(),
                "BATON_USAGE_CHANNEL", USAGE_CHANNEL, "BATON_TIMEZONE", zone.getId()));
        for (int i = 0; i < 40; i++) {
            slack.delayNext("chat.postMessage", Duration.ofMillis(250)); // slow sends, so the kill lands mid-delivery
        }
        try (BatonProcess first = BatonProcess.start(BatonProcess.environment(slack, env));
             BatonProcess second = BatonProcess.start(BatonProcess.environment(slack, env));
             Database beside = Database.open(env.get("BATON_DATABASE_URL"), env.get("BATON_DATABASE_USER"),
                     env.get("BATON_DATABASE_PASSWORD"))) {
            List<BatonProcess> both = List.of(first, second);
            importAccounts(both, now);
            tagThroughBoth(both);
            ingestThroughBothAtOnce(both, now);
            Await.until("both timelines to queue the reminders", Duration.ofSeconds(90),
                    () -> count(beside, "dedupe_key like 'timeline:%'") >= UNTAGGED, first::output);
            Await.until("deliveries to be under way", Duration.ofSeconds(30),
                    () -> slack.calls("chat.postMessage").size() >= 3, first::output);
            first.kill();
            Instant killed = Instant.now();

            Await.until("the survivor to deliver everything due", LEASE.plusSeconds(60),
                    () -> count(beside, "status = 'pending' and next_attempt_at <= current_timestamp") == 0,
                    () -> pending(beside) + "\n" + second.output());
            assertThat(count(beside, "status in ('dead', 'dropped')")).as(pending(beside).toString()).isZero();
            assertThat(lastSentAt(beside)).as("sent within the lease after the kill")
                    .isBefore(killed.plus(LEASE).plusSeconds(30));
            assertExactlyOnce(beside, working.isPresent());
        }
    }

    /** The accounts, alternately through each instance: the tagged ones have no dates, the others are a day overdue. */
    private static void importAccounts(List<BatonProcess> both, Instant now) {
        String signed = now.minus(Duration.ofDays(7)).minus(Duration.ofHours(1)).toString();
        for (int i = 0; i < TAGGED + UNTAGGED; i++) {
            String n = String.format("%03d", i);
            String dates = i < TAGGED ? "" : ",\"contract_signed_at\":\"" + signed + "\"";
            HttpResponse<String> created = both.get(i % 2).postApi("/api/accounts", "[{\"crm_id\":\"TWO-" + n
                    + "\",\"name\":\"Twice " + n + "\",\"ae\":\"UA" + n + "\",\"ce\":\"UC" + n + "\",\"ta\":\"UT" + n + "\""
                    + dates + "}]");
            assertThat(created.body()).contains("\"created\":1");
        }
    }

    /** Covers the required roles of the tagged accounts, each tag through the other instance than the last. */
    private static void tagThroughBoth(List<BatonProcess> both) {
        int request = 0;
        for (int i = 0; i < TAGGED; i++) {
            String n = String.format("%03d", i);
            for (String role : List.of("Instance Admin", "Program Contact", "Champion")) {
                String email = role.replace(" ", "").toLowerCase() + n + "@twice.example";
                HttpResponse<String> tagged = both.get(request++ % 2).slackRequests().slashCommand("/roles",
                        "TWO-" + n + " tag " + email + " " + role, Fixtures.LEADER);
                assertThat(tagged.body()).contains("Tagged " + email);
            }
        }
    }

    /** The same first uses sent to both instances at the same moment: one alert each, whichever stores it first. */
    private static void ingestThroughBothAtOnce(List<BatonProcess> both, Instant now) {
        StringBuilder events = new StringBuilder("[");
        for (int i = 0; i < 2; i++) {
            for (String feature : FEATURES) {
                events.append(events.length() > 1 ? "," : "").append("{\"account\":\"TWO-00").append(i)
                        .append("\",\"feature\":\"").append(feature).append("\",\"user\":\"u").append(i).append("\",\"occurred_at\":\"")
                        .append(now.minus(Duration.ofHours(1))).append("\"}");
            }
        }
        String body = events.append(']').toString();
        List<CompletableFuture<HttpResponse<String>>> answers = both.stream()
                .map(baton -> CompletableFuture.supplyAsync(() -> baton.postApi("/api/usage-events", body))).toList();
        answers.forEach(answer -> assertThat(answer.join().body()).contains("\"rejected\":0"));
    }

    /**
     * Each outbox row that was sent reached Slack exactly once (the dedupe key travels as message metadata) and no
     * post reached Slack that is not a sent row: the DMs of every tagged account, an alert per first use, and a
     * reminder per overdue account (sent when it is working hours somewhere now, else held for them, once).
     */
    private void assertExactlyOnce(Database db, boolean remindersDue) {
        Map<String, Long> posted = slack.calls("chat.postMessage").stream().map(call -> key(call.params().get("metadata")))
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        List<String> sent = db.jdbi().withHandle(h -> h.select("select dedupe_key from outbox where status = 'sent' "
                + "and kind = 'slack.post'").mapTo(String.class).list());
        assertThat(posted).allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1L));
        assertThat(posted.keySet()).containsExactlyInAnyOrderElementsOf(sent);
        Map<String, Long> dms = slack.calls("chat.postMessage").stream().map(call -> call.params().get("channel"))
                .filter(channel -> channel.matches("U[ACT]\\d{3}"))
                .collect(Collectors.groupingBy(channel -> channel, Collectors.counting()));
        assertThat(dms).hasSize(3 * TAGGED + (remindersDue ? UNTAGGED : 0));
        assertThat(dms).allSatisfy((user, times) -> assertThat(times).as(user).isEqualTo(1L));
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> USAGE_CHANNEL.equals(c.params().get("channel"))))
                .hasSize(2 * FEATURES.size());
        assertThat(count(db, "dedupe_key like 'timeline:%'")).isEqualTo(UNTAGGED);
    }

    private static String key(String metadata) {
        Matcher key = metadata == null ? null : KEY.matcher(metadata);
        return key != null && key.find() ? key.group(1) : "(no metadata)";
    }

    /** A whole-hour offset where it is now between 11:00 and 16:00 on a weekday, if there is one (not at weekends). */
    static Optional<ZoneId> workingZone(Instant now) {
        for (int hours = -12; hours <= 14; hours++) {
            ZonedDateTime local = now.atZone(ZoneOffset.ofHours(hours));
            boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && local.getHour() >= 11 && local.getHour() < 16) {
                return Optional.of(ZoneOffset.ofHours(hours));
            }
        }
        return Optional.empty();
    }

    private static long count(Database db, String where) {
        return db.jdbi().withHandle(h -> h.select("select count(*) from outbox where " + where).mapTo(Long.class).one());
    }

    private static Instant lastSentAt(Database db) {
        return db.jdbi().withHandle(h -> h.select("select max(sent_at) from outbox").mapTo(Instant.class).one());
    }

    private static List<String> pending(Database db) {
        return new ArrayList<>(db.jdbi().withHandle(h -> h.select("select dedupe_key || ' ' || status || ' ' "
                + "|| coalesce(last_error, '') from outbox where status <> 'sent'").mapTo(String.class).list()));
    }
}
