package dev.baton.config;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LighthouseSettingsTest {
    private static Map<String, String> env(String name, String value) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"));
        env.put(name, value);
        return env;
    }

    @Test
    void readsTheSyncEveryTwoWeeksFromItsFirstDate() {
        LighthouseSettings settings = Settings.fromEnvironment(env("BATON_LIGHTHOUSE_SYNC", "Thursday 10:00 2026-12-10"))
                .lighthouse();
        LighthouseSettings.Sync sync = settings.sync().orElseThrow();
        assertThat(sync.day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(sync.time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(sync.onOrAfter(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(sync.onOrAfter(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(sync.onOrAfter(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(sync.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(settings.channel()).isEmpty();
    }

    @Test
    void namesEachMalformedSetting() {
        for (String bad : new String[] {"thursday 10:00", "friday 10:00 2026-12-10", "thursday 25:00 2026-12-10",
                "someday 10:00 2026-12-10"}) {
            assertThatThrownBy(() -> Settings.fromEnvironment(env("BATON_LIGHTHOUSE_SYNC", bad)))
                    .hasMessageContaining("BATON_LIGHTHOUSE_SYNC").hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> Settings.fromEnvironment(env("BATON_LIGHTHOUSE_CHANNEL", "lighthouse")))
                .hasMessageContaining("BATON_LIGHTHOUSE_CHANNEL");
        assertThatThrownBy(() -> Settings.fromEnvironment(env("BATON_SALES_LEADERS", "USAL1,bob")))
                .hasMessageContaining("BATON_SALES_LEADERS").hasMessageContaining("'bob'");
    }
}
