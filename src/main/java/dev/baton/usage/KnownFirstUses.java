package dev.baton.usage;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First uses this instance has seen committed, with an upper bound of their {@code first_at}: an event no
 * earlier than that bound cannot create or move a first use, so its batch skips those statements. Rows are
 * never deleted (except with their account), so the bound stays true for every instance's writes.
 */
final class KnownFirstUses {
    private final int capacity;
    private final Map<UsagePair, Instant> known = new ConcurrentHashMap<>();

    KnownFirstUses(int capacity) {
        this.capacity = capacity;
    }

    /** True when the stored first use is already at or before this one. */
    boolean covers(FirstUse use) {
        Instant bound = known.get(UsagePair.of(use));
        return bound != null && !use.firstAt().isBefore(bound);
    }

    /** True when this instance saw the first use's row committed: the row exists, only its time may move. */
    boolean stored(FirstUse use) {
        return known.containsKey(UsagePair.of(use));
    }

    /** Call only after the transaction that stored (or met) these first uses committed. */
    void remember(Iterable<FirstUse> uses) {
        if (known.size() > capacity) {
            known.clear();
        }
        for (FirstUse use : uses) {
            known.merge(UsagePair.of(use), use.firstAt(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
    }
}
