package dev.baton.outbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PendingTimeTest {
    private static final Instant T = Instant.parse("2026-11-23T14:00:00Z");

    @Test
    void nothingPendingMeansNothingDue() {
        assertThat(PendingTime.nextDue(List.of(), 3)).isEmpty();
    }

    @Test
    void aLeasedRowIsTakeableWhenItsLeaseEnds() {
        List<PendingTime> head = List.of(new PendingTime(T, T.plusSeconds(60)), new PendingTime(T.plusSeconds(5), null));
        assertThat(PendingTime.nextDue(head, 3)).contains(T.plusSeconds(5));
    }

    @Test
    void whenTheWholeHeadIsLeasedItsLastDueTimeBoundsTheRowsBeyondIt() {
        List<PendingTime> head = List.of(new PendingTime(T, T.plusSeconds(60)),
                new PendingTime(T.plusSeconds(1), T.plusSeconds(60)));
        assertThat(PendingTime.nextDue(head, 2)).contains(T.plusSeconds(1));
        assertThat(PendingTime.nextDue(head, 3)).as("all pending rows were read").contains(T.plusSeconds(60));
    }
}
