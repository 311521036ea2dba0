package dev.baton.lighthouse;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExitRuleTest {
    @Test
    void oneOfEachSideMustAgreeAndTheyMustBeTwoPeople() {
        Set<String> sales = Set.of("US1", "US2");
        Set<String> ts = Set.of("UT1");
        assertThat(ExitService.agreed(Set.of("US1"), sales, ts)).isFalse();
        assertThat(ExitService.agreed(Set.of("US1", "US2"), sales, ts)).isFalse();
        assertThat(ExitService.agreed(Set.of("US2", "UT1"), sales, ts)).isTrue();
        Set<String> leaders = Set.of("UL1", "UL2");
        assertThat(ExitService.agreed(Set.of("UL1"), leaders, leaders)).isFalse();
        assertThat(ExitService.agreed(Set.of("UL1", "UL2"), leaders, leaders)).isTrue();
    }
}
