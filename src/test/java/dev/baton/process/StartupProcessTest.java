package dev.baton.process;

import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator's mistakes at start-up, through the real jar: one line naming the setting, exit code 2. */
class StartupProcessTest {
    @Test
    void missingSlackSecretsAreNamedWithExitTwoBeforeAPortIsBound() {
        Map<String, String> env = new HashMap<>(BatonProcess.environment(null, Map.of()));
        env.put("SLACK_BOT_TOKEN", null);
        env.put("SLACK_SIGNING_SECRET", null);
        BatonProcess.Exit exit = BatonProcess.run(env, List.of(), Duration.ofSeconds(30));
        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output()).contains("SLACK_BOT_TOKEN").contains("SLACK_SIGNING_SECRET").doesNotContain("\tat ");
    }
}
