package dev.baton.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpandTeamTest {
    private static final Map<String, String> SLACK = Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "s");

    private static Settings settings(Map<String, String> more) {
        java.util.Map<String, String> env = new java.util.HashMap<>(SLACK);
        env.putAll(more);
        return Settings.fromEnvironment(env);
    }

    @Test
    void nobodyIsToldWhenNothingIsSet() {
        assertThat(settings(Map.of()).expandTeam().peopleFor("Enterprise")).isEmpty();
    }

    @Test
    void aSegmentsOwnListReplacesTheListForEveryTeam() {
        ExpandTeam team = settings(Map.of("BATON_EXPAND_HANDOVER_NOTIFY", " UMGR1, USUP1,,UMGR1 ",
                "BATON_EXPAND_HANDOVER_NOTIFY_MID_MARKET", "UMMDIR1")).expandTeam();

        assertThat(team.peopleFor("Enterprise")).containsExactly("UMGR1", "USUP1");
        assertThat(team.peopleFor("Mid-Market")).containsExactly("UMMDIR1");
        assertThat(team.peopleFor(null)).containsExactly("UMGR1", "USUP1");
    }

    @Test
    void somethingThatIsNotASlackUserIdIsNamedAtStartUp() {
        assertThatThrownBy(() -> settings(Map.of("BATON_EXPAND_HANDOVER_NOTIFY_SMB", "UOK1, @jane, #sales")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("BATON_EXPAND_HANDOVER_NOTIFY_SMB").hasMessageContaining("'@jane'")
                .hasMessageContaining("'#sales'");
    }
}
