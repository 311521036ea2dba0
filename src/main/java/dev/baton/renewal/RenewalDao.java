package dev.baton.renewal;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The renewal cycle and what hangs on it: the assessment and its drivers, the rating's history, the save plan, the check-ins. */
@RegisterConstructorMapper(Cycle.class)
@RegisterConstructorMapper(Assessment.class)
@RegisterConstructorMapper(DriverRating.class)
@RegisterConstructorMapper(RatingEvent.class)
@RegisterConstructorMapper(SavePlan.Row.class)
@RegisterConstructorMapper(SavePlan.Step.class)
@RegisterConstructorMapper(CheckIn.class)
public interface RenewalDao {
    /** Opens the account's cycle for the date; 0 when it existed. */
    @SqlUpdate
    int openCycle(@Bind("accountId") long accountId, @Bind("renewalDate") LocalDate renewalDate, @Bind("now") Instant now);

    /** The account's open cycle, whatever its date (the service keeps at most one open per account). */
    @SqlQuery
    Optional<Cycle> openCycleOf(@Bind("accountId") long accountId);

    @SqlQuery
    Optional<Cycle> cycle(@Bind("id") long id);

    /** The account's cycle for this renewal date, open or processed. */
    @SqlQuery
    Optional<Cycle> cycleOn(@Bind("accountId") long accountId, @Bind("renewalDate") LocalDate renewalDate);

    /** The account's latest cycle, open or processed, for the card. */
    @SqlQuery
    Optional<Cycle> latestCycleOf(@Bind("accountId") long accountId);

    /** The CRM moved the renewal date: the open cycle moves with it. */
    @SqlUpdate
    int moveCycle(@Bind("id") long id, @Bind("renewalDate") LocalDate renewalDate, @Bind("now") Instant now);

    /** The manager agreed: the rating stands and the count of changes without agreement starts over. */
    @SqlUpdate
    int agreeRating(@Bind("id") long id, @Bind("rating") String rating, @Bind("by") String by, @Bind("now") Instant now);

    /** The manager changed the rating; answers how many changes since the last agreement, through the cycle row. */
    @SqlUpdate
    int countChange(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery
    Optional<Assessment> assessment(@Bind("cycleId") long cycleId);

    @SqlUpdate
    int insertAssessment(@Bind("cycleId") long cycleId, @Bind("status") String status, @Bind("overall") String overall,
                         @Bind("summary") String summary, @Bind("risks") String risks,
                         @Bind("contactsConfirmed") boolean contactsConfirmed,
                         @Bind("missingRoleReason") String missingRoleReason, @Bind("by") String by,
                         @Bind("now") Instant now);

    @SqlUpdate
    int updateAssessment(@Bind("cycleId") long cycleId, @Bind("status") String status, @Bind("overall") String overall,
                         @Bind("summary") String summary, @Bind("risks") String risks,
                         @Bind("contactsConfirmed") boolean contactsConfirmed,
                         @Bind("missingRoleReason") String missingRoleReason, @Bind("by") String by,
                         @Bind("now") Instant now);

    @SqlUpdate
    int markSubmitted(@Bind("cycleId") long cycleId, @Bind("by") String by, @Bind("now") Instant now);

    /** Moves the assessment to agreed or returned; a returned one carries the manager's rating for the TA to revise. */
    @SqlUpdate
    int reviewAssessment(@Bind("cycleId") long cycleId, @Bind("status") String status, @Bind("overall") String overall);

    @SqlQuery
    List<DriverRating> drivers(@Bind("cycleId") long cycleId);

    @SqlUpdate
    void removeDrivers(@Bind("cycleId") long cycleId);

    @SqlUpdate
    void addDriver(@Bind("cycleId") long cycleId, @Bind("driver") String driver, @Bind("rating") String rating,
                   @Bind("note") String note);

    @SqlUpdate
    void addEvent(@Bind("cycleId") long cycleId, @Bind("at") Instant at, @Bind("actor") String actor,
                  @Bind("action") String action, @Bind("rating") String rating, @Bind("reason") String reason);

    @SqlQuery
    List<RatingEvent> events(@Bind("cycleId") long cycleId);

    @SqlQuery
    Optional<SavePlan.Row> savePlan(@Bind("cycleId") long cycleId);

    @SqlUpdate
    int insertSavePlan(@Bind("cycleId") long cycleId, @Bind("problem") String problem, @Bind("goal") String goal,
                       @Bind("by") String by, @Bind("now") Instant now);

    @SqlUpdate
    int updateSavePlan(@Bind("cycleId") long cycleId, @Bind("problem") String problem, @Bind("goal") String goal,
                       @Bind("now") Instant now);

    @SqlQuery
    List<SavePlan.Step> savePlanSteps(@Bind("cycleId") long cycleId);

    @SqlUpdate
    void removeSavePlanSteps(@Bind("cycleId") long cycleId);

    @SqlUpdate
    void addSavePlanStep(@Bind("cycleId") long cycleId, @Bind("position") int position, @Bind("action") String action,
                         @Bind("owner") String owner, @Bind("dueOn") LocalDate dueOn);

    @SqlUpdate
    void addCheckIn(@Bind("cycleId") long cycleId, @Bind("at") Instant at, @Bind("actor") String actor,
                    @Bind("progress") String progress, @Bind("correctiveAction") String correctiveAction,
                    @Bind("trend") String trend);

    /** The cycle's check-ins, newest first. */
    @SqlQuery
    List<CheckIn> checkIns(@Bind("cycleId") long cycleId);

    /** Nominates the account for Lighthouse from this cycle; 0 when the cycle already nominated it. */
    @SqlUpdate
    int nominate(@Bind("accountId") long accountId, @Bind("cycleId") long cycleId, @Bind("by") String by,
                 @Bind("now") Instant now, @Bind("reason") String reason);

    /** The renewals a person follows (every one for a leader) up to a date, soonest first. */
    @SqlQuery
    @RegisterConstructorMapper(RenewalRow.class)
    List<RenewalRow> upcoming(@Bind("userId") String userId, @Bind("everyone") boolean everyone,
                              @Bind("until") LocalDate until, @Bind("limit") int limit);
}
