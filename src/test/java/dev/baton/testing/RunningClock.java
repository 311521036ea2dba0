package dev.baton.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that starts where a test puts it and runs at real speed from there: the outbox's pacing and retries see
 * time pass, while the date is the test's own, so a server on it never sees the calendar the test runs on. A test
 * jumps it to a due date instead of waiting; its zoned views share its time.
 */
public final class RunningClock extends Clock {
    private record Origin(Instant at, long nanos) {
    }

    private final AtomicReference<Origin> origin;
    private final ZoneId zone;

    private RunningClock(AtomicReference<Origin> origin, ZoneId zone) {
        this.origin = origin;
        this.zone = zone;
    }

    public static RunningClock from(Instant start) {
        return new RunningClock(new AtomicReference<>(new Origin(start, System.nanoTime())), ZoneOffset.UTC);
    }

    /** Running from this working day's afternoon (see {@link WorkingDays#today()}). */
    public static RunningClock fromToday() {
        return from(WorkingDays.today());
    }

    /** From now on the clock reads {@code instant} plus the real time elapsed since this call. */
    public void jumpTo(Instant instant) {
        origin.set(new Origin(instant, System.nanoTime()));
    }

    @Override
    public Instant instant() {
        Origin from = origin.get();
        // elapsed time from the monotonic clock: a wall-clock adjustment during the test does not move it
        return from.at().plusNanos(System.nanoTime() - from.nanos());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new RunningClock(origin, zone);
    }
}
