package dev.baton.home;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * App Home's refreshes in the database, shared by every instance (SQL beside, in HomeRefreshDao/): who opened the
 * tab in which state, the homes marked for a refresh (claimed with a lease), the one publish pace, the audit cursor.
 */
public interface HomeRefreshDao {
    @SqlUpdate
    int insertViewer(@Bind("userId") String userId, @Bind("state") String state, @Bind("now") Instant now);

    @SqlUpdate
    int updateViewer(@Bind("userId") String userId, @Bind("state") String state, @Bind("now") Instant now);

    @SqlQuery
    Optional<String> viewerState(@Bind("userId") String userId);

    @SqlUpdate
    int insertMark(@Bind("userId") String userId, @Bind("dueAt") Instant dueAt);

    @SqlUpdate
    int bumpMark(@Bind("userId") String userId);

    @SqlQuery
    List<String> dueUsers(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate
    int claim(@Bind("userId") String userId, @Bind("owner") String owner, @Bind("leaseUntil") Instant leaseUntil,
              @Bind("now") Instant now);

    @SqlQuery
    Optional<Integer> marks(@Bind("userId") String userId, @Bind("owner") String owner);

    @SqlUpdate
    int finish(@Bind("userId") String userId, @Bind("owner") String owner, @Bind("marks") int marks);

    @SqlUpdate
    int requeue(@Bind("userId") String userId, @Bind("owner") String owner, @Bind("dueAt") Instant dueAt);

    @SqlUpdate
    int releaseAll(@Bind("owner") String owner);

    @SqlQuery
    Instant lockPace();

    @SqlUpdate
    int setPace(@Bind("nextAt") Instant nextAt);

    @SqlUpdate
    int holdPace(@Bind("until") Instant until);

    @SqlQuery
    long lockCursor();

    @SqlUpdate
    int setCursor(@Bind("lastAuditId") long lastAuditId);
}
