package dev.baton.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The request tags stay a bounded set: a row id at the end of an action id is cut, other digits are kept. */
class SlackRequestTimingTest {
    @Test
    void cutsARowIdAtTheEndOfAnActionId() {
        assertThat(SlackRequestTiming.withoutRowId("lighthouse-step-done-1234")).isEqualTo("lighthouse-step-done-n");
        assertThat(SlackRequestTiming.withoutRowId("successplan-done-7")).isEqualTo("successplan-done-n");
    }

    @Test
    void keepsIdsWithoutARowId() {
        assertThat(SlackRequestTiming.withoutRowId("/roles")).isEqualTo("/roles");
        assertThat(SlackRequestTiming.withoutRowId("roles-tag-contact")).isEqualTo("roles-tag-contact");
        assertThat(SlackRequestTiming.withoutRowId("step2")).isEqualTo("step2");
        assertThat(SlackRequestTiming.withoutRowId("123")).isEqualTo("123");
    }
}
