package dev.baton.lighthouse;

import dev.baton.account.LighthouseNomination;
import dev.baton.lighthouse.LighthouseRows.Criterion;
import dev.baton.lighthouse.LighthouseRows.ExitProposal;
import dev.baton.lighthouse.LighthouseRows.ExitVote;
import dev.baton.lighthouse.LighthouseRows.ListRow;
import dev.baton.lighthouse.LighthouseRows.PlanStep;
import dev.baton.lighthouse.LighthouseRows.Program;
import dev.baton.lighthouse.LighthouseRows.SyncAnswer;
import dev.baton.lighthouse.LighthouseRows.Update;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Lighthouse tables: the program's accounts, their save plans, updates, exit votes and the sync's claims. */
@RegisterConstructorMapper(LighthouseNomination.class)
@RegisterConstructorMapper(Program.class)
@RegisterConstructorMapper(Criterion.class)
@RegisterConstructorMapper(PlanStep.class)
@RegisterConstructorMapper(Update.class)
@RegisterConstructorMapper(ExitProposal.class)
@RegisterConstructorMapper(ExitVote.class)
@RegisterConstructorMapper(SyncAnswer.class)
@RegisterConstructorMapper(ListRow.class)
public interface LighthouseDao {
    /** Nominations a red rating wrote that the program has not taken up yet. */
    @SqlQuery
    List<LighthouseNomination> nominated(@Bind("limit") int limit);

    /** Takes a nomination up; 1 only for the instance that did. */
    @SqlUpdate
    int enroll(@Bind("id") long id);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long addNomination(@Bind("accountId") long accountId, @Bind("by") String by, @Bind("now") Instant now,
                       @Bind("reason") String reason);

    @SqlUpdate
    int addProgram(@Bind("nominationId") long nominationId, @Bind("accountId") long accountId, @Bind("now") Instant now);

    /** The account's program while it is in it. */
    @SqlQuery
    Optional<Program> current(@Bind("accountId") long accountId);

    @SqlQuery
    Optional<Program> program(@Bind("nominationId") long nominationId);

    @SqlQuery
    List<Program> members();

    @SqlUpdate
    int savePlan(@Bind("nominationId") long nominationId, @Bind("problem") String problem, @Bind("goal") String goal,
                 @Bind("status") String status, @Bind("now") Instant now);

    @SqlUpdate
    int removeCriteria(@Bind("nominationId") long nominationId);

    @SqlUpdate
    int addCriterion(@Bind("nominationId") long nominationId, @Bind("position") int position, @Bind("what") String what,
                     @Bind("measure") String measure, @Bind("target") String target,
                     @Bind("currentValue") String currentValue, @Bind("met") boolean met);

    @SqlQuery
    List<Criterion> criteria(@Bind("nominationId") long nominationId);

    @SqlUpdate
    int setCurrent(@Bind("nominationId") long nominationId, @Bind("position") int position,
                   @Bind("currentValue") String currentValue, @Bind("met") boolean met);

    @SqlUpdate
    int removeSteps(@Bind("nominationId") long nominationId);

    @SqlUpdate
    int addStep(@Bind("nominationId") long nominationId, @Bind("criterionPosition") int criterionPosition,
                @Bind("position") int position, @Bind("action") String action, @Bind("owner") String owner,
                @Bind("dueOn") LocalDate dueOn, @Bind("doneAt") Instant doneAt, @Bind("doneBy") String doneBy);

    @SqlQuery
    List<PlanStep> steps(@Bind("nominationId") long nominationId);

    @SqlQuery
    Optional<PlanStep> step(@Bind("id") long id);

    @SqlUpdate
    int markStepDone(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    /** The open steps of the account's current program. */
    @SqlQuery
    List<PlanStep> openSteps(@Bind("accountId") long accountId);

    @SqlUpdate
    int setSponsor(@Bind("nominationId") long nominationId, @Bind("sponsor") String sponsor);

    @SqlUpdate
    int addUpdate(@Bind("nominationId") long nominationId, @Bind("now") Instant now, @Bind("actor") String actor,
                  @Bind("progress") String progress, @Bind("blockers") String blockers, @Bind("asks") String asks);

    /** Newest first. */
    @SqlQuery
    List<Update> updates(@Bind("nominationId") long nominationId, @Bind("limit") int limit);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long addProposal(@Bind("nominationId") long nominationId, @Bind("by") String by, @Bind("now") Instant now,
                     @Bind("note") String note);

    @SqlQuery
    Optional<ExitProposal> proposal(@Bind("id") long id);

    @SqlQuery
    Optional<ExitProposal> openProposal(@Bind("nominationId") long nominationId);

    /** Closes an open proposal; 1 only for the vote that closed it. */
    @SqlUpdate
    int closeProposal(@Bind("id") long id, @Bind("status") String status);

    @SqlUpdate
    int removeVote(@Bind("proposalId") long proposalId, @Bind("voter") String voter);

    @SqlUpdate
    int addVote(@Bind("proposalId") long proposalId, @Bind("voter") String voter, @Bind("vote") String vote,
                @Bind("reason") String reason, @Bind("now") Instant now);

    @SqlQuery
    List<ExitVote> votes(@Bind("proposalId") long proposalId);

    @SqlUpdate
    int setNotYet(@Bind("nominationId") long nominationId, @Bind("reason") String reason);

    @SqlUpdate
    int exit(@Bind("nominationId") long nominationId, @Bind("now") Instant now);

    @SqlUpdate
    int graduate(@Bind("nominationId") long nominationId);

    @SqlQuery
    Optional<String> taManager(@Bind("accountId") long accountId);

    @SqlQuery
    List<ListRow> list(@Bind("userId") String userId, @Bind("limit") int limit);

    @SqlQuery
    int syncClaimed(@Bind("syncDate") LocalDate syncDate, @Bind("phase") String phase);

    @SqlUpdate
    int claimSync(@Bind("syncDate") LocalDate syncDate, @Bind("phase") String phase, @Bind("by") String by,
                  @Bind("now") Instant now);

    @SqlUpdate
    int removeAnswer(@Bind("syncDate") LocalDate syncDate, @Bind("nominationId") long nominationId);

    @SqlUpdate
    int addAnswer(@Bind("syncDate") LocalDate syncDate, @Bind("nominationId") long nominationId,
                  @Bind("confirmed") boolean confirmed, @Bind("updates") String updates,
                  @Bind("blockers") String blockers, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    List<SyncAnswer> answers(@Bind("syncDate") LocalDate syncDate);

    @SqlUpdate
    int markPresented(@Bind("nominationId") long nominationId, @Bind("syncDate") LocalDate syncDate);
}
