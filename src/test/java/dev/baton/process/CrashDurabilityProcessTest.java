package dev.baton.process;

import dev.baton.store.Database;
import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost: bursts of account imports and {@code /roles} tags, each answered "done", with the
 * real jar killed ({@code SIGKILL}) right after the last answer, then started again on the same database. Every
 * acknowledged change must be there, and every DM the tags queued must reach Slack exactly once.
 */
class CrashDurabilityProcessTest {
    private static final int ROUNDS = 3;
    private static final int ACCOUNTS_PER_ROUND = 8;
    private static final List<String> REQUIRED = List.of("Instance Admin", "Program Contact", "Champion");

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void everyAcknowledgedChangeSurvivesKillNineAndEachQueuedDmIsSentOnce(DatabaseKind kind) throws Exception {
        Map<String, String> database = database(kind);
        Set<String> acknowledged = new TreeSet<>();
        Set<String> expectedDms = new TreeSet<>();
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            for (int round = 0; round < ROUNDS; round++) {
                BatonProcess baton = BatonProcess.start(BatonProcess.environment(slack, database));
                try {
                    burst(baton, round, acknowledged, expectedDms);
                } finally {
                    baton.kill();
                }
            }
            try (BatonProcess restarted = BatonProcess.start(BatonProcess.environment(slack, database));
                 Database beside = open(database)) {
                assertThat(stored(beside)).containsAll(acknowledged);
                Await.until("every queued DM to be sent", Duration.ofSeconds(120),
                        () -> dmsSent(slack).keySet().containsAll(expectedDms) && nothingPending(beside),
                        () -> "missing " + missing(expectedDms, dmsSent(slack)) + "\n" + restarted.output());
            }
            Map<String, Long> sent = dmsSent(slack);
            assertThat(sent.keySet()).containsExactlyInAnyOrderElementsOf(expectedDms);
            assertThat(sent).allSatisfy((recipient, times) -> assertThat(times).as(recipient).isEqualTo(1L));
        }
    }

    /** Creates accounts through the API and tags their required roles through /roles; records what was answered. */
    private static void burst(BatonProcess baton, int round, Set<String> acknowledged, Set<String> expectedDms) {
        SlackRequests slack = baton.slackRequests();
        for (int i = 0; i < ACCOUNTS_PER_ROUND; i++) {
            String n = String.format("%d0%02d", round, i);
            HttpResponse<String> created = baton.postApi("/api/accounts", "[{\"crm_id\":\"DUR-" + n + "\",\"name\":\"Durable "
                    + n + "\",\"ae\":\"UA" + n + "\",\"ce\":\"UC" + n + "\",\"ta\":\"UT" + n + "\"}]");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            assertThat(created.body()).contains("\"created\":1");
            acknowledged.add("DUR-" + n);
        }
        for (int i = 0; i < ACCOUNTS_PER_ROUND; i++) {
            String n = String.format("%d0%02d", round, i);
            for (String role : REQUIRED) {
                String email = role.replace(" ", "").toLowerCase() + n + "@durable.example";
                HttpResponse<String> tagged = slack.slashCommand("/roles", "DUR-" + n + " tag " + email + " " + role,
                        Fixtures.LEADER);
                assertThat(tagged.statusCode()).isEqualTo(200);
                assertThat(tagged.body()).as(tagged.body()).contains("Tagged " + email);
                acknowledged.add("DUR-" + n + "/" + email);
            }
            expectedDms.addAll(List.of("UA" + n, "UC" + n, "UT" + n));
        }
    }

    private static Map<String, String> database(DatabaseKind kind) throws Exception {
        Map<String, String> env = new HashMap<>();
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_URL", TestDatabases.postgresSchemaUrl());
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        } else {
            Path dir = Files.createDirectories(Path.of("target/process-tests/crash-" + UUID.randomUUID()));
            env.put("BATON_DATABASE_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("baton"));
            env.put("BATON_DATABASE_USER", "sa");
            env.put("BATON_DATABASE_PASSWORD", "");
        }
        return env;
    }

    /** How many times each test user was sent a DM, across every run of Baton. */
    private static Map<String, Long> dmsSent(FakeSlackApi slack) {
        return slack.calls("chat.postMessage").stream().map(call -> call.params().get("channel"))
                .filter(channel -> channel.matches("U[ACT]\\d{4}"))
                .collect(Collectors.groupingBy(channel -> channel, Collectors.counting()));
    }

    private static List<String> missing(Set<String> expected, Map<String, Long> sent) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(sent.keySet());
        return missing;
    }

    private static boolean nothingPending(Database db) {
        return db.jdbi().withHandle(h -> h.select("select count(*) from outbox where status <> 'sent'")
                .mapTo(Long.class).one()) == 0;
    }

    /** Every account ({@code crm id}) and contact ({@code crm id/email}) in the database. */
    private static Set<String> stored(Database db) {
        List<String> accounts = db.jdbi().withHandle(h -> h.select("select crm_id from account")
                .mapTo(String.class).list());
        List<String> contacts = db.jdbi().withHandle(h -> h.select("select a.crm_id || '/' || c.email "
                + "from contact c join account a on a.id = c.account_id").mapTo(String.class).list());
        Set<String> stored = new TreeSet<>(accounts);
        stored.addAll(contacts);
        return stored;
    }

    private static Database open(Map<String, String> env) {
        return Database.open(env.get("BATON_DATABASE_URL"), env.get("BATON_DATABASE_USER"),
                env.get("BATON_DATABASE_PASSWORD"));
    }
}
