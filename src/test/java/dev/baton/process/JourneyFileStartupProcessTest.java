package dev.baton.process;

import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A malformed journey file, through the real jar: one line naming the file, its line and the problem, exit code 2. */
class JourneyFileStartupProcessTest {
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;

    @Test
    void aJourneyFileThatDoesNotParseStopsStartUpWithItsLine() throws Exception {
        Path journeys = Files.createDirectories(dir.resolve("templates/journeys"));
        Files.writeString(journeys.resolve("onboarding.yml"), """
                title: Onboarding
                enters:
                  service_models: [Pooled
                steps: []
                """);
        BatonProcess.Exit exit = start();
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(failures(exit)).singleElement().asString().contains("onboarding.yml").contains("line 4")
                .contains("not valid YAML");
        assertThat(exit.output()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownRoleStopsStartUpNamingIt() throws Exception {
        Path journeys = Files.createDirectories(dir.resolve("templates/journeys"));
        Files.writeString(journeys.resolve("survey.yml"), """
                title: Survey
                enters:
                  service_models: [Pooled]
                steps:
                  - id: survey
                    after_closed_won_days: 30
                    template: survey-30-day
                    subject: How are your first 30 days going?
                    roles: [Program Contact, Admin]
                """);
        BatonProcess.Exit exit = start();
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(failures(exit)).singleElement().asString().contains("survey.yml").contains("line 9")
                .contains("unknown role 'Admin'");
    }

    private BatonProcess.Exit start() {
        Map<String, String> env = new HashMap<>(Map.of("BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/baton"),
                "BATON_TEMPLATES_DIR", dir.resolve("templates").toString()));
        return BatonProcess.run(BatonProcess.environment(slack, env), List.of(), Duration.ofSeconds(60));
    }

    private static List<String> failures(BatonProcess.Exit exit) {
        return exit.output().lines().filter(line -> line.startsWith("Baton cannot start: ")).toList();
    }
}
