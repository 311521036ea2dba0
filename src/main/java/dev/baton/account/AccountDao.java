package dev.baton.account;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes accounts. */
@RegisterRowMapper(AccountMapper.class)
public interface AccountDao {
    @SqlQuery
    Optional<Account> findById(@Bind("id") long id);

    /** The accounts among {@code ids} (at least one id), in no particular order. */
    @SqlQuery
    List<Account> findByIds(@Bind("ids") long[] ids);

    @SqlQuery
    Optional<Account> findByCrmId(@Bind("crmId") String crmId);

    @SqlQuery
    List<Account> findByNameKey(@Bind("nameKey") String nameKey);

    /** Accounts still missing one of the {@link Role#REQUIRED} roles; the user's own first. */
    default List<Account> uncovered(String userId, int limit) {
        return uncovered(userId, Role.REQUIRED.stream().map(Role::code).toArray(String[]::new), limit);
    }

    /** Accounts where no contact holds one of the roles {@code required} (by code); the user's own first. */
    @SqlQuery
    List<Account> uncovered(@Bind("userId") String userId, @Bind("required") String[] required, @Bind("limit") int limit);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@BindMethods AccountFields fields, @Bind("now") Instant now);

    @SqlUpdate
    int update(@Bind("id") long id, @BindMethods AccountFields fields, @Bind("now") Instant now);

    /** Marks the first time the required roles were covered; 1 only for the caller that set it. */
    @SqlUpdate
    int markRolesCovered(@Bind("id") long id, @Bind("now") Instant now);

    /** The TA's manager from the CRM, a column of its own beside the account fields (the Lighthouse program reads it). */
    @SqlUpdate
    int setTaManager(@Bind("id") long id, @Bind("taManager") String taManager, @Bind("now") Instant now);

    /** The product version the account runs, from the CRM (the health score's version currency). */
    @SqlUpdate
    int setProductVersion(@Bind("id") long id, @Bind("version") String version, @Bind("now") Instant now);
}
