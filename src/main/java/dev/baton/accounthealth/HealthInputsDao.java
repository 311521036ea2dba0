package dev.baton.accounthealth;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The health score's inputs, read from the other workflows' tables, and the score's own rows. */
@RegisterConstructorMapper(HealthInputsDao.Seats.class)
@RegisterConstructorMapper(HealthInputsDao.Adoption.class)
public interface HealthInputsDao {
    record Seats(int activeUsers, Integer seatsPurchased, Instant asOf) {
    }

    record Adoption(int peerFeatures, int peerFeaturesUsed) {
    }

    @SqlQuery
    Optional<Seats> seats(@Bind("accountId") long accountId);

    @SqlUpdate
    void forgetActiveWeek(@Bind("accountId") long accountId, @Bind("week") LocalDate week);

    @SqlUpdate
    void keepActiveWeek(@Bind("accountId") long accountId, @Bind("week") LocalDate week,
                        @Bind("activeUsers") int activeUsers);

    @SqlQuery
    List<Integer> activeWeeks(@Bind("accountId") long accountId, @Bind("since") LocalDate since);

    @SqlQuery
    Adoption adoption(@Bind("accountId") long accountId);

    @SqlQuery
    Optional<String> productVersion(@Bind("accountId") long accountId);

    @SqlQuery
    List<String> reportedVersions();

    @SqlQuery
    Optional<Boolean> contactsConfirmed(@Bind("accountId") long accountId);

    @SqlUpdate
    void forgetHealth(@Bind("accountId") long accountId);

    @SqlUpdate
    void saveHealth(@Bind("accountId") long accountId, @Bind("score") Integer score, @Bind("band") String band,
                    @Bind("components") String components, @Bind("missing") String missing,
                    @Bind("now") Instant now);

    @SqlUpdate
    void forgetWeek(@Bind("accountId") long accountId, @Bind("week") LocalDate week);

    @SqlUpdate
    void saveWeek(@Bind("accountId") long accountId, @Bind("week") LocalDate week, @Bind("score") Integer score,
                  @Bind("band") String band, @Bind("components") String components);
}
