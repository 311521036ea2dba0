package dev.baton.account;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;

/** The statements behind {@link HealthDirty}'s mark. */
public interface HealthDirtyDao {
    @SqlUpdate
    int insert(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlUpdate
    int touch(@Bind("accountId") long accountId, @Bind("now") Instant now);
}
