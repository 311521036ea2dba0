package dev.baton.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    @Test
    void namesEveryMissingSecretAtOnce() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "nope")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET")
                .hasMessageContaining("PORT");
    }

    @Test
    void fillsDefaultsAndKeepsSecretsOutOfToString() {
        Settings settings = Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-token",
                "SLACK_SIGNING_SECRET", "signing-secret-value", "BATON_LEADERS", "U1, U2,,", "SLACK_API_URL", "http://x/api"));
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.slackApiUrl()).isEqualTo("http://x/api/");
        assertThat(settings.leaders()).containsExactlyInAnyOrder("U1", "U2");
        assertThat(settings.usageChannel()).isEqualTo("#alerts-customer-usage");
        assertThat(settings.gtmReviewChannel()).isEqualTo("#gtm-operations-review");
        assertThat(settings.apiToken()).isEmpty();
        assertThat(settings.churnRetroSponsor()).isEmpty();
        assertThat(settings.closedLostCategories()).containsExactly("Budget", "Product gaps", "Competitor",
                "Low adoption", "Champion left", "M&A", "Other");
        assertThat(settings.toString()).doesNotContain("xoxb-secret-token").doesNotContain("signing-secret-value");
    }

    @Test
    void readsTheChurnRetroSponsorAndClosedLostCategories() {
        Settings settings = Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s",
                "BATON_CHURN_RETRO_SPONSOR", " USPONSOR1 ", "BATON_CLOSED_LOST_CATEGORIES", "Budget, Pricing,,Budget"));
        assertThat(settings.churnRetroSponsor()).contains("USPONSOR1");
        assertThat(settings.closedLostCategories()).containsExactly("Budget", "Pricing");
    }

    @Test
    void theForecastChannelIsAChannelIdOrNameAndUnsetMeansTheLeadersDms() {
        Map<String, String> secrets = Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s");
        assertThat(Settings.fromEnvironment(secrets).forecastChannel()).isEmpty();
        for (String channel : new String[] {"C0FORECAST", "#renewal-forecast"}) {
            Map<String, String> env = new java.util.HashMap<>(secrets);
            env.put("BATON_FORECAST_CHANNEL", channel);
            assertThat(Settings.fromEnvironment(env).forecastChannel()).contains(channel);
        }
        Map<String, String> bad = new java.util.HashMap<>(secrets);
        bad.put("BATON_FORECAST_CHANNEL", "renewal forecast");
        assertThatThrownBy(() -> Settings.fromEnvironment(bad)).isInstanceOf(SettingsException.class)
                .hasMessage("Baton cannot start: BATON_FORECAST_CHANNEL must be a channel id such as C0123ABCD or a "
                        + "#channel-name, not 'renewal forecast'");
    }

    @Test
    void anAppTokenMeansSocketModeWhereTheSigningSecretIsOptional() {
        Settings socket = Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_APP_TOKEN", "xapp-1-secret"));
        assertThat(socket.socketMode()).isTrue();
        assertThat(socket.slackAppToken()).contains("xapp-1-secret");
        assertThat(socket.toString()).contains("socketMode").doesNotContain("xapp-1-secret");
        assertThat(Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s")).socketMode())
                .isFalse();
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t")))
                .hasMessageContaining("SLACK_SIGNING_SECRET is not set");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_APP_TOKEN", "xoxb-wrong")))
                .hasMessageContaining("SLACK_APP_TOKEN must be an app-level token starting xapp-")
                .hasMessageNotContaining("SLACK_SIGNING_SECRET");
    }
}
