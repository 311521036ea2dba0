package dev.baton.timeline;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The due_step table: each account's timeline, claimed with a lease so one engine runs each step. */
@RegisterConstructorMapper(DueStep.class)
public interface DueStepDao {
    @SqlUpdate
    int add(@Bind("accountId") long accountId, @Bind("step") String step, @Bind("dueAt") Instant dueAt);

    @SqlQuery
    Optional<DueStep> find(@Bind("accountId") long accountId, @Bind("step") String step);

    @SqlQuery
    Optional<DueStep> byId(@Bind("id") long id);

    @SqlQuery
    List<DueStep> forAccount(@Bind("accountId") long accountId);

    /** A date moved: the pending step moves with it and its reminders start over. */
    @SqlUpdate
    int move(@Bind("id") long id, @Bind("dueAt") Instant dueAt);

    /** The date that called for the step was cleared before any reminder went out. */
    @SqlUpdate
    int removePending(@Bind("id") long id);

    @SqlQuery
    List<Long> dueIds(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Takes the lease on a due step; 1 only for the engine that got it. */
    @SqlUpdate
    int claim(@Bind("id") long id, @Bind("owner") String owner, @Bind("now") Instant now,
              @Bind("leaseUntil") Instant leaseUntil);

    @SqlUpdate
    int remindLater(@Bind("id") long id, @Bind("owner") String owner, @Bind("remindersSent") int remindersSent,
                    @Bind("nextDueAt") Instant nextDueAt);

    @SqlUpdate
    int finish(@Bind("id") long id, @Bind("owner") String owner, @Bind("status") String status,
               @Bind("now") Instant now, @Bind("by") String by);

    /** Gives a claimed step back, due again at {@code dueAt} (outside working hours, say). */
    @SqlUpdate
    int release(@Bind("id") long id, @Bind("owner") String owner, @Bind("dueAt") Instant dueAt);

    /** Gives back every claim {@code owner} holds on a step it has not run (at a stop); answers how many. */
    @SqlUpdate
    int releaseClaims(@Bind("owner") String owner);

    @SqlUpdate
    int snooze(@Bind("id") long id, @Bind("dueAt") Instant dueAt);

    @SqlUpdate
    int markDone(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    /** Makes the account's step pending again at {@code dueAt} with no reminders sent (see {@link Timeline#arm}). */
    @SqlUpdate
    int reopen(@Bind("accountId") long accountId, @Bind("step") String step, @Bind("dueAt") Instant dueAt);
}
