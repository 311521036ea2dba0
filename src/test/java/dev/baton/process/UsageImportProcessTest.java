package dev.baton.process;

import dev.baton.testing.Await;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import usage FILE.csv} beside a running Baton on the embedded default, both from the real jar. */
class UsageImportProcessTest {
    private static final String CHANNEL = "C0USAGE";

    @Test
    void theImportRunsBesideTheServerAndTheServerSendsTheAlertsItQueued(@TempDir Path dir) throws Exception {
        Instant yesterday = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        Path csv = Files.writeString(dir.resolve("usage.csv"), "account,feature,user,occurred_at\n"
                + "IMP-1,Merge Trains,u1," + yesterday + "\n"
                + "IMP-1,Merge Trains,u2," + yesterday.plusSeconds(60) + "\n"
                + "IMP-1,Epics,u1," + yesterday.plusSeconds(120) + "\n");
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Map<String, String> env = new HashMap<>(BatonProcess.environment(slack, Map.of(
                    "BATON_DATABASE_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("baton"),
                    "BATON_USAGE_CHANNEL", CHANNEL)));
            try (BatonProcess server = BatonProcess.start(env)) {
                assertThat(server.postApi("/api/accounts", "[{\"crm_id\":\"IMP-1\",\"name\":\"Importer Inc\"}]").body())
                        .contains("\"created\":1");

                Map<String, String> importEnv = new HashMap<>(env);
                importEnv.put("SLACK_BOT_TOKEN", null);
                importEnv.put("SLACK_SIGNING_SECRET", null);
                BatonProcess.Exit imported = BatonProcess.run(importEnv, List.of("import", "usage", csv.toString()),
                        Duration.ofSeconds(60));

                assertThat(imported.code()).as(imported.output()).isZero();
                assertThat(imported.output()).contains("3 rows, 3 accepted, 0 rejected").doesNotContain("\tat ");
                List<FakeSlackApi.Call> alerts = Await.value("the server to post both first-use alerts", () -> {
                    List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage").stream()
                            .filter(call -> CHANNEL.equals(call.params().get("channel"))).toList();
                    return posts.size() >= 2 ? java.util.Optional.of(posts) : java.util.Optional.empty();
                });
                assertThat(alerts).extracting(call -> call.params().get("text"))
                        .anySatisfy(text -> assertThat(text).contains("Merge Trains"))
                        .anySatisfy(text -> assertThat(text).contains("Epics"));
                assertThat(server.isAlive()).isTrue();
            }
        }
    }

    @Test
    void anImportThatCannotReachTheDatabaseSaysSoInOneLineWithExitTwo(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("usage.csv"), "account,feature,user,occurred_at\n");
        Map<String, String> env = new HashMap<>(BatonProcess.environment(null, Map.of(
                "BATON_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + BatonProcess.freePort() + "/baton")));
        env.put("SLACK_BOT_TOKEN", null);
        env.put("SLACK_SIGNING_SECRET", null);
        BatonProcess.Exit exit = BatonProcess.run(env, List.of("import", "usage", csv.toString()), Duration.ofSeconds(60));

        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output().lines().filter(line -> !line.isBlank()).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("import usage cannot run: BATON_DATABASE_URL")
                        .contains("cannot connect"));
    }
}
