package dev.baton.usage;

import dev.baton.store.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts first uses and learns their ids. A plain JDBC batch hands back the ids of the rows it created as
 * generated keys, so only the pairs that already existed (another instance, or before a restart) are looked
 * up: looking up every pair by key after the insert cost a fifth of a new batch's time on H2.
 */
final class FirstUseRows {
    private static final String INSERT = Sql.of(FirstUseRows.class, "insert");
    /** Pair keys per id lookup: one statement reads a batch's pairs that existed. */
    private static final int ID_LOOKUP = 1_000;

    private FirstUseRows() {
    }

    /** Inserts the pairs, puts every pair's id in {@code ids}; answers those this insert created. */
    static Set<FirstUse> insert(Handle handle, List<FirstUse> uses, Map<UsagePair, Long> ids, Instant now) {
        if (uses.isEmpty()) {
            return Set.of();
        }
        Set<FirstUse> created = new HashSet<>();
        List<FirstUse> existing = new ArrayList<>();
        try (PreparedStatement insert = handle.getConnection().prepareStatement(INSERT, new String[] {"id"})) {
            Timestamp recordedAt = Timestamp.from(now);
            for (FirstUse use : uses) {
                insert.setString(1, use.pairKey());
                insert.setLong(2, use.accountId());
                insert.setString(3, use.featureKey());
                insert.setString(4, use.feature());
                insert.setTimestamp(5, recordedAt);
                insert.addBatch();
            }
            int[] added = insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                // one key per row created, in batch order; a pair without one has its id looked up
                for (int i = 0; i < added.length; i++) {
                    if (added[i] == 1) {
                        created.add(uses.get(i));
                    }
                    if (added[i] == 1 && keys.next()) {
                        ids.put(UsagePair.of(uses.get(i)), keys.getLong(1));
                    } else {
                        existing.add(uses.get(i));
                    }
                }
            }
        } catch (SQLException e) {
            // a lock timeout or deadlock: UsageIngest runs the whole batch again
            throw new UnableToExecuteStatementException(e, null);
        }
        lookUp(handle.attach(UsageDao.class), existing, ids);
        return created;
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
