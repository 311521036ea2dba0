package dev.baton.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seat-utilisation thresholds, and the Slack-free settings for command-line jobs. */
class UsageSettingsTest {
    private static final Map<String, String> SECRETS = Map.of("SLACK_BOT_TOKEN", "x", "SLACK_SIGNING_SECRET", "y");

    @Test
    void thresholdsDefaultTo50And95PercentAfter60Days() {
        Settings settings = Settings.fromEnvironment(SECRETS);
        assertThat(settings.usageUnderUsedBelowPercent()).isEqualTo(50);
        assertThat(settings.usageNearLimitAtPercent()).isEqualTo(95);
        assertThat(settings.usageGraceDays()).isEqualTo(60);
    }

    @Test
    void malformedThresholdsAreNamed() {
        Map<String, String> env = new java.util.HashMap<>(SECRETS);
        env.put("BATON_USAGE_NEAR_LIMIT_AT", "ninety");
        env.put("BATON_USAGE_GRACE_DAYS", "-1");
        assertThatThrownBy(() -> Settings.fromEnvironment(env)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("BATON_USAGE_NEAR_LIMIT_AT").hasMessageContaining("BATON_USAGE_GRACE_DAYS");
    }

    @Test
    void commandLineJobsNeedNoSlackSecrets() {
        Settings settings = Settings.withoutSlack(Map.of("BATON_DATABASE_URL", "jdbc:h2:mem:x"));
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:h2:mem:x");
    }
}
