package dev.baton.account;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** Reads and writes an account's contacts. */
@RegisterRowMapper(ContactMapper.class)
public interface ContactDao {
    @SqlQuery
    Optional<Contact> findById(@Bind("accountId") long accountId, @Bind("id") long id);

    @SqlQuery
    Optional<Contact> findByEmail(@Bind("accountId") long accountId, @Bind("emailKey") String emailKey);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@Bind("accountId") long accountId, @Bind("name") String name, @Bind("title") String title,
                @Bind("email") String email, @Bind("emailKey") String emailKey, @Bind("roles") String roles,
                @Bind("instanceAdmin") boolean instanceAdmin, @Bind("timeZone") String timeZone, @Bind("now") Instant now);

    @SqlUpdate
    int update(@Bind("id") long id, @Bind("name") String name, @Bind("title") String title,
               @Bind("email") String email, @Bind("emailKey") String emailKey, @Bind("roles") String roles,
               @Bind("instanceAdmin") boolean instanceAdmin, @Bind("timeZone") String timeZone, @Bind("now") Instant now);

    @SqlUpdate
    int delete(@Bind("accountId") long accountId, @Bind("id") long id);
}
