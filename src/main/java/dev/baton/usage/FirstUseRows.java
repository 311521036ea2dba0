package dev.baton.usage;

import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of first uses and their times, written as plain JDBC batches ({@link PlainJdbc}). The insert hands
 * back the created rows' ids as generated keys, so only pairs that already existed (another instance, or
 * before a restart) are looked up, instead of every pair by key after the insert (see docs/performance.md).
 */
final class FirstUseRows {
    private static final PlainJdbc.Statement INSERT = PlainJdbc.statement(FirstUseRows.class, "insert");
    private static final PlainJdbc.Statement ADD_TIME = PlainJdbc.statement(FirstUseRows.class, "addTime");
    private static final PlainJdbc.Statement MOVE_EARLIER = PlainJdbc.statement(FirstUseRows.class, "moveEarlier");
    /** Pair keys per id lookup: one statement reads a batch's pairs that existed. */
    private static final int ID_LOOKUP = 1_000;

    private FirstUseRows() {
    }

    /** Inserts the pairs, puts every pair's id in {@code ids}; answers those this insert created. */
    static Set<FirstUse> insert(Handle handle, List<FirstUse> uses, Map<UsagePair, Long> ids, Instant now) {
        if (uses.isEmpty()) {
            return Set.of();
        }
        Timestamp recordedAt = Timestamp.from(now);
        PlainJdbc.Inserted result = PlainJdbc.insertBatch(handle, INSERT, uses, (params, use) -> params
                .set("pairKey", use.pairKey()).set("accountId", use.accountId()).set("featureKey", use.featureKey())
                .set("feature", use.feature()).set("recordedAt", recordedAt), "id");
        Set<FirstUse> created = new HashSet<>();
        for (int i = 0; i < uses.size(); i++) {
            if (result.counts()[i] == 1) {
                created.add(uses.get(i));
            }
        }
        // one key per row created, in batch order; should a driver answer otherwise, every id is looked up
        boolean keyed = result.keys().size() == created.size();
        List<FirstUse> existing = new ArrayList<>();
        int key = 0;
        for (int i = 0; i < uses.size(); i++) {
            if (keyed && result.counts()[i] == 1) {
                ids.put(UsagePair.of(uses.get(i)), result.keys().get(key++));
            } else {
                existing.add(uses.get(i));
            }
        }
        lookUp(handle.attach(UsageDao.class), existing, ids);
        return created;
    }

    /** The first-use times of first uses this transaction created. */
    static void addTimes(Handle handle, List<FirstAt> times) {
        PlainJdbc.batch(handle, ADD_TIME, times, (params, time) -> params
                .set("firstUseId", time.id()).set("firstAt", time.firstAt()));
    }

    /** Moves stored first-use times earlier where these are earlier. */
    static void moveEarlier(Handle handle, List<FirstAt> times) {
        PlainJdbc.batch(handle, MOVE_EARLIER, times, (params, time) -> params
                .set("firstAt", time.firstAt()).set("firstUseId", time.id()));
    }

    private static void lookUp(UsageDao dao, List<FirstUse> existing, Map<UsagePair, Long> ids) {
        Map<String, FirstUse> byKey = new HashMap<>();
        for (FirstUse use : existing) {
            byKey.put(use.pairKey(), use);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int from = 0; from < keys.size(); from += ID_LOOKUP) {
            String[] chunk = keys.subList(from, Math.min(keys.size(), from + ID_LOOKUP)).toArray(String[]::new);
            for (FirstUseId row : dao.firstUseIds(chunk)) {
                ids.put(UsagePair.of(byKey.get(row.pairKey())), row.id());
            }
        }
    }
}
