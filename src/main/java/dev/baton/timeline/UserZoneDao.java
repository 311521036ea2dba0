package dev.baton.timeline;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** Slack users' time zones and display names as users.info gave them. */
public interface UserZoneDao {
    @SqlQuery
    Optional<String> zoneOf(@Bind("userId") String userId);

    @SqlUpdate
    int forget(@Bind("userId") String userId);

    @SqlQuery
    Optional<String> nameOf(@Bind("userId") String userId);

    @SqlUpdate
    int remember(@Bind("userId") String userId, @Bind("zone") String zone, @Bind("displayName") String displayName,
                 @Bind("now") Instant now);
}
