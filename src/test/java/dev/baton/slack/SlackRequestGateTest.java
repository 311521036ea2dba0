package dev.baton.slack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SlackRequestGateTest {

    @Test
    void runsNoMoreThanItsTurnsAtOnceAndEveryRequestRuns() throws Exception {
        SlackRequestGate gate = new SlackRequestGate(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            requests.add(clients.submit(() -> {
                gate.doFilter(null, null, (req, resp) -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    // the first two wait for each other, so both turns are seen taken whatever the scheduling
                    twoInside.countDown();
                    await(twoInside);
                    sleep(5); // holding the turn is the behaviour under test: a third request would show up meanwhile
                    running.decrementAndGet();
                    done.incrementAndGet();
                });
                return null;
            }));
        }
        for (Future<?> request : requests) {
            request.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(done).hasValue(24);
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void aRequestWaitsAtMostTheLimitWhenEveryTurnIsHeld() throws Exception {
        SlackRequestGate gate = new SlackRequestGate(1, Duration.ofMillis(50));
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        Future<?> slow = clients.submit(() -> {
            gate.doFilter(null, null, (req, resp) -> {
                holding.countDown();
                await(stuck);
            });
            return null;
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ran = new AtomicInteger();
        clients.submit(() -> {
            gate.doFilter(null, null, (req, resp) -> ran.incrementAndGet());
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(ran).hasValue(1);
        assertThat(slow).isNotDone();
        stuck.countDown();
        slow.get(10, TimeUnit.SECONDS);
        clients.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
