package dev.baton.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way tests wait: for a condition to hold, polling it, never for a fixed time. Every wait has a deadline
 * and fails naming what it waited for, with whatever {@code state} shows at that moment.
 */
public final class Await {
    /** Long enough for a loaded 2-core CI machine; a condition that holds returns at once. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Waits until {@code condition} holds. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition, () -> "");
    }

    /** Waits until {@code condition} holds; on timeout the failure includes {@code state}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<?> state) {
        value(what, timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), state);
    }

    /** Waits until {@code probe} finds a value and returns it. */
    public static <T> T value(String what, Supplier<Optional<T>> probe) {
        return value(what, DEFAULT, probe, () -> "");
    }

    /** Waits until {@code probe} finds a value and returns it; on timeout the failure includes {@code state}. */
    public static <T> T value(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<?> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                Object shown = state.get();
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what
                        + (shown == null || shown.toString().isEmpty() ? "" : "; state: " + shown));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
