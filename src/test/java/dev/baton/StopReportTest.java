package dev.baton;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a graceful stop logs. */
class StopReportTest {
    @Test
    void countsWhatWasDrainedAndReleased() {
        assertThat(new StopReport(3, 0, 2, 1, Duration.ofMillis(412)).line())
                .isEqualTo("Baton stopped: drained 3 requests in flight, released 2 outbox leases and 1 timeline claim"
                        + " in 412 ms");
        assertThat(new StopReport(1, 0, 0, 0, Duration.ofMillis(5)).line())
                .isEqualTo("Baton stopped: drained 1 request in flight, released 0 outbox leases and 0 timeline claims"
                        + " in 5 ms");
    }

    @Test
    void saysWhatWasCutOffAndWhichLeasesWereLeftToLapse() {
        assertThat(new StopReport(4, 1, null, 2, Duration.ofMillis(15_020)).line())
                .isEqualTo("Baton stopped: drained 3 of 4 requests in flight (1 cut off after 10 s), released no outbox"
                        + " leases (a delivery was still running; they lapse by themselves) and 2 timeline claims"
                        + " in 15020 ms");
    }
}
