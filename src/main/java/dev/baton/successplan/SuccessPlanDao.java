package dev.baton.successplan;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Success plans and their goals, actions, relationships and asks. */
@RegisterConstructorMapper(SuccessPlan.class)
@RegisterConstructorMapper(Goal.class)
@RegisterConstructorMapper(PlanAction.class)
@RegisterConstructorMapper(Relationship.class)
@RegisterConstructorMapper(BusinessAsk.class)
@RegisterConstructorMapper(PlanStatus.class)
@RegisterConstructorMapper(QbrPlan.class)
public interface SuccessPlanDao {
    @SqlQuery
    Optional<SuccessPlan> plan(@Bind("accountId") long accountId, @Bind("quarter") String quarter);

    @SqlQuery
    Optional<SuccessPlan> planById(@Bind("id") long id);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertPlan(@Bind("accountId") long accountId, @Bind("quarter") String quarter, @Bind("by") String by,
                    @Bind("now") Instant now);

    @SqlUpdate
    int touchPlan(@Bind("id") long id, @Bind("by") String by, @Bind("now") Instant now);

    /** Marks the plan For QBR; 1 only when it was not already. */
    @SqlUpdate
    int markForQbr(@Bind("id") long id, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    List<Goal> goals(@Bind("planId") long planId);

    @SqlQuery
    List<PlanAction> actions(@Bind("planId") long planId);

    @SqlQuery
    List<Relationship> relationships(@Bind("planId") long planId);

    @SqlQuery
    List<BusinessAsk> asks(@Bind("planId") long planId);

    /** Removes the plan's goals, relationships and asks, before the edited ones are written (actions are kept). */
    @SqlUpdate
    void clearGoals(@Bind("planId") long planId);

    @SqlUpdate
    void clearRelationships(@Bind("planId") long planId);

    @SqlUpdate
    void clearAsks(@Bind("planId") long planId);

    @SqlUpdate
    void clearActions(@Bind("planId") long planId);

    @SqlUpdate
    void addGoal(@Bind("planId") long planId, @Bind("position") int position, @Bind("goal") String goal,
                 @Bind("measure") String measure);

    @SqlUpdate
    void addAction(@Bind("planId") long planId, @Bind("goal") int goal, @Bind("position") int position,
                   @Bind("action") String action, @Bind("owner") String owner, @Bind("dueDate") LocalDate dueDate,
                   @Bind("doneAt") Instant doneAt, @Bind("doneBy") String doneBy);

    @SqlUpdate
    void addRelationship(@Bind("planId") long planId, @Bind("position") int position, @Bind("contactId") long contactId,
                         @Bind("sentiment") String sentiment, @Bind("champion") boolean champion,
                         @Bind("why") String why, @Bind("win") String win);

    @SqlUpdate
    void addAsk(@Bind("planId") long planId, @Bind("position") int position, @Bind("dependency") String dependency,
                @Bind("risk") String risk, @Bind("resolution") String resolution, @Bind("help") String help);

    @SqlQuery
    Optional<PlanAction> action(@Bind("id") long id);

    /** Marks an action done; 1 only for the first caller. */
    @SqlUpdate
    int markActionDone(@Bind("id") long id, @Bind("by") String by, @Bind("now") Instant now);

    /** The open actions of every plan of the account, earliest due first, for the timeline's reminders. */
    @SqlQuery
    List<PlanAction> openActionsForAccount(@Bind("accountId") long accountId);

    /** The accounts the user is TA of (every account for a leader), with the quarter's plan when there is one. */
    @SqlQuery
    List<PlanStatus> statuses(@Bind("userId") String userId, @Bind("everyAccount") boolean everyAccount,
                              @Bind("quarter") String quarter, @Bind("limit") int limit);

    @SqlQuery
    List<QbrPlan> forQbr(@Bind("quarter") String quarter);

    /** The account's TA manager from the CRM ({@code ta_manager}); empty when the CRM has none. */
    @SqlQuery
    Optional<String> taManager(@Bind("accountId") long accountId);
}
