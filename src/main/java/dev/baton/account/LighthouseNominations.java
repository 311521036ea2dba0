package dev.baton.account;

import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Map;
import java.util.Optional;

import static dev.baton.store.Columns.instant;
import static dev.baton.store.Columns.longOrNull;

/**
 * Reads an account's Lighthouse nomination, for every card that shows it and for the Lighthouse program itself
 * (the workflow that nominates and the one that runs the program share it through the schema). It is read for
 * every {@code /roles} card, so on {@link PlainJdbc}.
 */
public final class LighthouseNominations {
    private static final PlainJdbc.Statement CURRENT = PlainJdbc.statement(LighthouseNominations.class, "current");
    private static final RowMapper<LighthouseNomination> MAPPER = (r, ctx) -> new LighthouseNomination(r.getLong("id"),
            r.getLong("account_id"), longOrNull(r, "cycle_id"), r.getString("nominated_by"), instant(r, "nominated_at"),
            r.getString("reason"), r.getString("status"));

    private LighthouseNominations() {
    }

    /** The account's latest nomination still nominated or enrolled; empty when it is not in Lighthouse. */
    public static Optional<LighthouseNomination> current(Handle handle, long accountId) {
        return PlainJdbc.list(handle, CURRENT, MAPPER, Map.of("accountId", accountId)).stream().findFirst();
    }
}
