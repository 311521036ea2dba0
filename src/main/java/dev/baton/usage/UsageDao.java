package dev.baton.usage;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** First uses, usage alerts, seat states and mutes. */
@RegisterConstructorMapper(UsageAlert.class)
@RegisterConstructorMapper(SeatState.class)
@RegisterConstructorMapper(UsageMute.class)
@RegisterConstructorMapper(FirstUse.class)
public interface UsageDao {
    @SqlQuery
    Optional<Long> accountIdByCrmId(@Bind("crmId") String crmId);

    /** The ids of the first uses with these pair keys (those that exist). */
    @SqlQuery
    @RegisterConstructorMapper(FirstUseId.class)
    List<FirstUseId> firstUseIds(@Bind("pairKeys") String[] pairKeys);

    @SqlQuery
    Optional<FirstUse> firstUse(@Bind("accountId") long accountId, @Bind("featureKey") String featureKey);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long addAlert(@Bind("kind") String kind, @Bind("accountId") long accountId, @Bind("featureKey") String featureKey,
                  @Bind("feature") String feature, @Bind("happenedAt") Instant happenedAt,
                  @Bind("usersCount") Integer usersCount, @Bind("activeUsers") Integer activeUsers,
                  @Bind("seatsPurchased") Integer seatsPurchased, @Bind("now") Instant now);

    @SqlQuery
    Optional<UsageAlert> alert(@Bind("id") long id);

    @SqlQuery
    List<UsageAlert> alertsOf(@Bind("accountId") long accountId);

    /** Records the first acknowledgement; 0 when someone already acknowledged. */
    @SqlUpdate
    int acknowledge(@Bind("id") long id, @Bind("by") String by, @Bind("at") Instant at);

    @SqlUpdate
    int snoozeAlert(@Bind("id") long id, @Bind("by") String by, @Bind("until") Instant until);

    /** Creates the account's seat state (healthy, nothing reported) unless it exists. */
    @SqlUpdate
    int ensureSeatState(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlQuery
    SeatState lockSeatState(@Bind("accountId") long accountId);

    @SqlQuery
    Optional<SeatState> seatState(@Bind("accountId") long accountId);

    @SqlUpdate
    int saveSeatState(@Bind("accountId") long accountId, @Bind("state") String state,
                      @Bind("activeUsers") int activeUsers, @Bind("seatsPurchased") int seatsPurchased,
                      @Bind("asOf") Instant asOf, @Bind("alertId") Long alertId, @Bind("now") Instant now);

    @SqlUpdate
    int snoozeSeats(@Bind("accountId") long accountId, @Bind("until") Instant until, @Bind("now") Instant now);

    @SqlUpdate
    int mute(@Bind("kind") String kind, @Bind("subject") String subject, @Bind("by") String by,
             @Bind("at") Instant at);

    @SqlUpdate
    int unmute(@Bind("kind") String kind, @Bind("subject") String subject);

    @SqlQuery
    List<UsageMute> mutes();

    @SqlQuery
    boolean muted(@Bind("kind") String kind, @Bind("subject") String subject);
}
