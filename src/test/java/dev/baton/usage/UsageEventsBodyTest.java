package dev.baton.usage;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed body: every item answered in order, the whole body refused only when it is not an array. */
class UsageEventsBodyTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void eachItemIsAnEventOrTheReasonItIsNot() {
        UsageEventsBody.Items items = UsageEventsBody.read("[{\"account\":\"001\",\"feature\":\" Merge  Trains \","
                + "\"user\":7,\"occurred_at\":\"2026-11-20T10:00:00Z\",\"extra\":{\"a\":[1]}},"
                + "42, {\"account\":{\"id\":1},\"feature\":[]},"
                + "{\"account\":\"001\",\"feature\":\"x\",\"user\":\"u\",\"occurred_at\":\"2026-11-20T10:00:00+01:00\","
                + "\"account\":\"002\"},"
                + "{\"account\":\"001\",\"feature\":\"x\",\"user\":null,\"occurred_at\":\"2026-11-20\"}]", NOW, 10);

        assertThat(items.refusal()).isNull();
        assertThat(items.reasons()).containsExactly(null, "expected an object with account, feature, user and occurred_at",
                "account must be a string", null, "missing field: user");
        assertThat(items.positions()).containsExactly(0, 3);
        assertThat(items.events().get(0)).isEqualTo(new UsageEvent("001", "merge trains", "Merge Trains", "7",
                Instant.parse("2026-11-20T10:00:00Z")));
        assertThat(items.events().get(1).crmId()).as("the last of a repeated field wins").isEqualTo("002");
        assertThat(items.events().get(1).occurredAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void aBodyThatIsNotAnArrayOrNotJsonIsRefusedSayingWhere() {
        assertThat(UsageEventsBody.read("", NOW, 10).refusal().getStatusCode()).isEqualTo(400);
        assertThat(UsageEventsBody.read("{\"account\":\"001\"}", NOW, 10).refusal().getBody())
                .contains(UsageEventsBody.EXPECTED);
        assertThat(UsageEventsBody.read("[{\"account\": }]", NOW, 10).refusal().getBody())
                .contains("malformed JSON").contains("line 1 column 14");
        assertThat(UsageEventsBody.read("[{}] [", NOW, 10).refusal().getStatusCode()).isEqualTo(400);
        assertThat(UsageEventsBody.read("[{},{},{}]", NOW, 2).refusal().getBody())
                .contains("at most 2 events per request, got 3");
    }

    @Test
    void featuresAreKeyedIgnoringCaseAndRunsOfWhitespace() {
        assertThat(UsageEvent.featureKey("Merge Trains")).isEqualTo("merge trains");
        assertThat(UsageEvent.featureKey(" Merge \t Trains ")).isEqualTo("merge trains");
        assertThat(UsageEvent.featureKey("Merge\nTrains")).isEqualTo("merge trains");
        assertThat(UsageEvent.parse("001ACME", "Merge\u000BTrains", "u1", "2026-11-20T10:00:00Z", NOW).feature())
                .isEqualTo("Merge Trains");
    }
}
