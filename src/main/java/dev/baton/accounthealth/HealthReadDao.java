package dev.baton.accounthealth;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;
import java.util.Optional;

/** Reads of the stored health: the latest row, the weekly snapshots, a person's band-change preference. */
@RegisterConstructorMapper(StoredHealth.class)
@RegisterConstructorMapper(HealthWeek.class)
public interface HealthReadDao {
    @SqlQuery
    Optional<StoredHealth> current(@Bind("accountId") long accountId);

    @SqlQuery
    List<HealthWeek> weeks(@Bind("accountId") long accountId, @Bind("limit") int limit);

    @SqlQuery
    Optional<String> alertChoice(@Bind("user") String user, @Bind("alert") String alert);
}
