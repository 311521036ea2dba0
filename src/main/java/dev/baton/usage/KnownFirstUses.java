package dev.baton.usage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First uses this instance has seen committed: their ids, and an upper bound of their {@code first_at}. An
 * event no earlier than that bound cannot create or move a first use, so its batch skips those statements;
 * an earlier one moves the time by id. Rows are never deleted (except with their account), so the bound and
 * the id stay true for every instance's writes.
 */
final class KnownFirstUses {
    private record Known(long id, Instant bound) {
    }

    private final int capacity;
    private final Map<UsagePair, Known> known = new ConcurrentHashMap<>();

    KnownFirstUses(int capacity) {
        this.capacity = capacity;
    }

    /** True when the pair's stored first use is already at or before {@code firstAt}. */
    boolean covers(UsagePair pair, Instant firstAt) {
        Known stored = known.get(pair);
        return stored != null && !firstAt.isBefore(stored.bound());
    }

    /** The id of the first use's row when this instance saw it committed (only its time may move), else null. */
    Long id(FirstUse use) {
        Known stored = known.get(UsagePair.of(use));
        return stored == null ? null : stored.id();
    }

    /** Call only after the transaction that stored (or met) these first uses, with these ids, committed. */
    void remember(List<FirstUse> uses, Map<UsagePair, Long> ids) {
        if (known.size() > capacity) {
            known.clear();
        }
        for (FirstUse use : uses) {
            UsagePair pair = UsagePair.of(use);
            known.merge(pair, new Known(ids.get(pair), use.firstAt()),
                    (a, b) -> a.bound().isBefore(b.bound()) ? a : b);
        }
    }
}
