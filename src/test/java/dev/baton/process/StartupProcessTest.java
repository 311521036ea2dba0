package dev.baton.process;

import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An operator's mistakes at start-up, through the real jar: one line naming the setting, exit code 2. */
class StartupProcessTest {
    private static final Duration EXIT = Duration.ofSeconds(60);

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;

    @Test
    void missingSlackSecretsAreNamedWithExitTwoBeforeAPortIsBound() {
        Map<String, String> env = new HashMap<>(BatonProcess.environment(null, Map.of()));
        env.put("SLACK_BOT_TOKEN", null);
        env.put("SLACK_SIGNING_SECRET", null);
        BatonProcess.Exit exit = BatonProcess.run(env, List.of(), Duration.ofSeconds(30));
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output()).contains("SLACK_BOT_TOKEN").contains("SLACK_SIGNING_SECRET").doesNotContain("\tat ");
    }

    @Test
    void aForecastChannelThatIsNoChannelIsNamedWithExitTwo() {
        BatonProcess.Exit exit = run(Map.of("BATON_FORECAST_CHANNEL", "renewal forecast"));
        assertThat(failureNaming(exit, "BATON_FORECAST_CHANNEL")).isEqualTo("Baton cannot start: BATON_FORECAST_CHANNEL "
                + "must be a channel id such as C0123ABCD or a #channel-name, not 'renewal forecast'");
    }

    @Test
    void aSlackThatRefusesConnectionsIsANetworkProblemNamingTheUrlNotTheToken() {
        String url = "http://127.0.0.1:" + BatonProcess.freePort() + "/api/";
        BatonProcess.Exit exit = run(Map.of("SLACK_API_URL", url));
        String line = failureNaming(exit, "SLACK_API_URL");
        assertThat(line).contains(url).contains("Connection refused").contains("not SLACK_BOT_TOKEN")
                .doesNotContain("token is invalid");
    }

    @Test
    void aSlackHostThatDoesNotResolveIsNamedAsUnknownNotAsABadToken() throws IOException {
        // a hosts file without slack.com: the JDK resolves from it alone, so no DNS query leaves the machine
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        BatonProcess.Exit exit = run(Map.of("SLACK_API_URL", "https://slack.com/api/",
                "JAVA_TOOL_OPTIONS", "-Djdk.net.hosts.file=" + hosts));
        String line = failureNaming(exit, "SLACK_API_URL");
        assertThat(line).contains("https://slack.com/api/").contains("unknown host slack.com")
                .contains("not SLACK_BOT_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_auth", "not_authed", "account_inactive"})
    void aTokenSlackRefusesIsNamedWithSlacksAnswer(String error) {
        slack.failAlways("auth.test", error);
        BatonProcess.Exit exit = run(Map.of());
        assertThat(failureNaming(exit, "SLACK_BOT_TOKEN")).contains(error).doesNotContain("SLACK_API_URL");
    }

    @Test
    void aDatabaseServerThatIsNotThereNamesTheDatabaseUrl() {
        String url = "jdbc:postgresql://127.0.0.1:" + BatonProcess.freePort() + "/baton";
        BatonProcess.Exit exit = run(Map.of("BATON_DATABASE_URL", url));
        assertThat(failureNaming(exit, "BATON_DATABASE_URL")).contains(url).contains("refused");
    }

    @Test
    void aWrongDatabasePasswordNamesTheDatabaseSettings() {
        assumeTrue(TestDatabases.postgresAvailable(), "needs BATON_TEST_POSTGRES_URL");
        BatonProcess.Exit exit = run(Map.of("BATON_DATABASE_URL", TestDatabases.postgresSchemaUrl(),
                "BATON_DATABASE_USER", TestDatabases.postgresUser(), "BATON_DATABASE_PASSWORD", "not-the-password"));
        assertThat(failureNaming(exit, "BATON_DATABASE_URL")).contains("BATON_DATABASE_PASSWORD")
                .contains("password authentication failed");
    }

    @Test
    void anH2FileAnotherProcessHoldsOpenNamesTheDatabaseUrl() throws Exception {
        // this JVM holds the file, as a second Baton or an import would; the URL says it will not share it
        String url = "jdbc:h2:file:" + dir.resolve("baton") + ";AUTO_SERVER=FALSE";
        try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
            BatonProcess.Exit exit = run(Map.of("BATON_DATABASE_URL", url));
            assertThat(failureNaming(exit, "BATON_DATABASE_URL")).contains(url).contains("in use by another process");
        }
    }

    @Test
    void aPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();
            BatonProcess.Exit exit = run(Map.of("PORT", String.valueOf(port)));
            assertThat(failureNaming(exit, "PORT " + port)).contains("in use");
        }
    }

    private BatonProcess.Exit run(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/baton")));
        env.putAll(overrides);
        return BatonProcess.run(BatonProcess.environment(slack, env), List.of(), EXIT);
    }

    /**
     * Asserts the run failed as an operator's mistake should: exit 2, no stack trace, nothing logged at WARN or
     * ERROR, and exactly one line saying why, naming {@code setting}; answers that line.
     */
    private static String failureNaming(BatonProcess.Exit exit, String setting) {
        String output = exit.output();
        assertThat(exit.code()).as(output).isEqualTo(2);
        assertThat(output).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(output.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))).as(output).isEmpty();
        List<String> failures = output.lines().filter(line -> line.startsWith("Baton cannot start: ")).toList();
        assertThat(failures).as(output).singleElement().asString().contains(setting);
        return failures.get(0);
    }
}
