package dev.baton.accounthealth;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts marked for a health recompute ({@code account_health_dirty}), claimed with a lease. */
public interface HealthQueueDao {
    @SqlQuery
    List<Long> dueIds(@Bind("quietSince") Instant quietSince, @Bind("waitingSince") Instant waitingSince,
                      @Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate
    int claim(@Bind("accountId") long accountId, @Bind("owner") String owner, @Bind("leaseUntil") Instant leaseUntil,
              @Bind("now") Instant now);

    @SqlQuery
    Optional<Integer> marks(@Bind("accountId") long accountId);

    @SqlUpdate
    int finish(@Bind("accountId") long accountId, @Bind("marks") int marks);

    @SqlUpdate
    int release(@Bind("accountId") long accountId, @Bind("owner") String owner);

    @SqlUpdate
    int releaseAll(@Bind("owner") String owner);
}
