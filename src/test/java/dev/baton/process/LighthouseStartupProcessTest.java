package dev.baton.process;

import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A malformed Lighthouse sync schedule, through the real jar: one line naming BATON_LIGHTHOUSE_SYNC, exit code 2. */
class LighthouseStartupProcessTest {
    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();
    @TempDir
    Path dir;

    @Test
    void aSyncOnAnotherWeekdayThanItsFirstDateIsNamedWithExitTwo() {
        Map<String, String> env = new HashMap<>(Map.of("BATON_DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/baton"),
                "BATON_LIGHTHOUSE_SYNC", "thursday 10:00 2026-12-09"));
        BatonProcess.Exit exit = BatonProcess.run(BatonProcess.environment(slack, env), List.of(), Duration.ofSeconds(60));
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        List<String> failures = exit.output().lines().filter(line -> line.startsWith("Baton cannot start: ")).toList();
        assertThat(failures).as(exit.output()).singleElement().asString().contains("BATON_LIGHTHOUSE_SYNC")
                .contains("thursday 10:00 2026-12-09");
        assertThat(exit.output()).doesNotContain("\tat ");
    }
}
