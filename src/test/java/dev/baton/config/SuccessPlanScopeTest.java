package dev.baton.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BATON_SUCCESS_PLAN_SEGMENTS: every Named account by default, segments or service models when set. */
class SuccessPlanScopeTest {
    private static Settings settings(String segments) {
        return Settings.fromEnvironment(segments == null ? Map.of("SLACK_BOT_TOKEN", "t", "SLACK_SIGNING_SECRET", "s")
                : Map.of("SLACK_BOT_TOKEN", "t", "SLACK_SIGNING_SECRET", "s", "BATON_SUCCESS_PLAN_SEGMENTS", segments));
    }

    @Test
    void everyNamedAccountByDefault() {
        SuccessPlanScope scope = settings(null).successPlanScope();
        assertThat(scope.includes("SMB", "Named")).isTrue();
        assertThat(scope.includes("Enterprise", "Pooled")).isFalse();
        assertThat(scope.includes(null, null)).isFalse();
    }

    @Test
    void segmentsAndServiceModelsAsTypedInAnyCase() {
        SuccessPlanScope scope = settings(" strategic, ENTERPRISE ,,").successPlanScope();
        assertThat(scope.names()).containsExactlyInAnyOrder("Strategic", "Enterprise");
        assertThat(scope.includes("Enterprise", "Pooled")).isTrue();
        assertThat(scope.includes("SMB", "Named")).isFalse();
    }

    @Test
    void anUnknownNameIsOneLineNamingTheVariable() {
        assertThatThrownBy(() -> settings("Enterprise, Gold")).isInstanceOf(SettingsException.class)
                .hasMessageContaining("BATON_SUCCESS_PLAN_SEGMENTS must list segments or service models")
                .hasMessageContaining("not 'Gold'");
    }
}
