package dev.baton.audit;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

/** The audit table: who changed what, when, with the state before and after. */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {
    @SqlUpdate
    void insert(@Bind("at") Instant at, @Bind("actor") String actor, @Bind("accountId") Long accountId,
                @Bind("action") String action, @Bind("beforeJson") String beforeJson,
                @Bind("afterJson") String afterJson);

    @SqlQuery
    List<AuditEntry> forAccount(@Bind("accountId") long accountId);

    @SqlQuery
    List<AuditEntry> byAction(@Bind("action") String action);
}
