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
@RegisterConstructorMapper(HealthInputsDao.Profile.class)
@RegisterConstructorMapper(HealthInputsDao.Emails.class)
@RegisterConstructorMapper(HealthInputsDao.Reach.class)
public interface HealthInputsDao {
    record Seats(int activeUsers, Integer seatsPurchased, Instant asOf) {
    }

    /** The account's own row's inputs: its segment (null without one) and its product version. */
    record Profile(String segment, String productVersion) {
    }

    /** The journey emails sent to an account's contacts in a window, and how many were opened or clicked. */
    record Emails(int sent, int engaged) {
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
    Profile profile(@Bind("accountId") long accountId);

    /** How many of a segment's accounts used a feature (once each: first uses are one per account and feature). */
    record Reach(String featureKey, int accounts) {
    }

    /** {@code segment}: the segment, or {@code -} for the accounts without one. */
    @SqlQuery
    List<Reach> featureReach(@Bind("segment") String segment);

    @SqlQuery
    int peerCount(@Bind("segment") String segment);

    @SqlQuery
    List<String> featureKeys(@Bind("accountId") long accountId);

    @SqlQuery
    List<Integer> surveyScores(@Bind("accountId") long accountId, @Bind("since") Instant since);

    @SqlQuery
    Emails emailEngagement(@Bind("accountId") long accountId, @Bind("since") Instant since);

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
