package dev.baton.config;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A follow-up handed to the responders runs under the request id of the request that handed it over, and only it. */
class ContextCarryingExecutorTest {
    @Test
    void runsEachTaskWithTheContextOfTheThreadThatSubmittedIt() throws Exception {
        ExecutorService executor = new ContextCarryingExecutor(Executors.newSingleThreadExecutor());
        try {
            LogContext.slackRequest("T1", "U1", "/roles");
            String requestId = LogContext.requestId();
            assertThat(executor.submit(LogContext::requestId).get(5, TimeUnit.SECONDS)).isEqualTo(requestId);
            LogContext.clear();
            assertThat(executor.submit(LogContext::requestId).get(5, TimeUnit.SECONDS)).isNull();
            assertThat(executor.submit(() -> MDC.get(LogContext.TEAM)).get(5, TimeUnit.SECONDS)).isNull();
        } finally {
            LogContext.clear();
            executor.shutdown();
        }
    }
}
