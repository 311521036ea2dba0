package dev.baton.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.baton.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A modal opens or pushes with the click's trigger id, and a refusal comes back worded for the user. */
class ModalsTest {
    private static final String VIEW = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Form\"},"
            + "\"blocks\":[]}";

    @RegisterExtension
    final FakeSlackApi slack = FakeSlackApi.perTest();

    private MethodsClient client() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        return Slack.getInstance(config).methods("xoxb-test");
    }

    @Test
    void opensAndPushesWithTheTriggerId() {
        assertThat(Modals.open(client(), "trigger-1", VIEW)).isEmpty();
        assertThat(Modals.push(client(), "trigger-2", VIEW)).isEmpty();

        assertThat(slack.calls("views.open")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("trigger_id", "trigger-1"));
        assertThat(slack.calls("views.push")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("trigger_id", "trigger-2"));
    }

    @Test
    void aRefusalNamesSlacksReason() {
        slack.failNext("views.open", "expired_trigger_id");

        assertThat(Modals.open(client(), "trigger-1", VIEW)).hasValueSatisfying(refusal ->
                assertThat(refusal.sentence("the form"))
                        .isEqualTo("Slack would not open the form (expired_trigger_id). Please try again."));
    }

    @Test
    void aFailedCallIsARefusalWithoutAReason() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix("http://127.0.0.1:9/api/");
        MethodsClient unreachable = Slack.getInstance(config).methods("xoxb-test");

        assertThat(Modals.open(unreachable, "trigger-1", VIEW)).hasValueSatisfying(refusal ->
                assertThat(refusal.sentence("the retro doc"))
                        .isEqualTo("Slack would not open the retro doc. Please try again."));
    }
}
