package dev.baton.churn;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Churns, their retros and the retros' calls to action. */
@RegisterConstructorMapper(Churn.class)
@RegisterConstructorMapper(Retro.class)
@RegisterConstructorMapper(CallToAction.class)
public interface ChurnDao {
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@Bind("accountId") long accountId, @BindMethods ChurnInput churn, @Bind("retroRequired") boolean retroRequired,
                @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    Optional<Churn> churn(@Bind("id") long id);

    @SqlQuery
    List<Churn> forAccount(@Bind("accountId") long accountId);

    @SqlUpdate
    void startRetro(@Bind("churnId") long churnId, @Bind("sponsor") String sponsor, @Bind("ta") String ta,
                    @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    Optional<Retro> retro(@Bind("churnId") long churnId);

    /** Saves the doc's sections and moves the status; the version goes up by one. */
    @SqlUpdate
    int saveDoc(@BindMethods RetroDoc doc, @Bind("churnId") long churnId, @Bind("status") RetroStatus status,
                @Bind("by") String by, @Bind("now") Instant now);

    @SqlUpdate
    int setStatus(@Bind("churnId") long churnId, @Bind("status") RetroStatus status, @Bind("by") String by,
                  @Bind("now") Instant now);

    @SqlUpdate
    int markReviewed(@Bind("churnId") long churnId, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    List<CallToAction> actions(@Bind("churnId") long churnId);

    @SqlUpdate
    void removeActions(@Bind("churnId") long churnId);

    @SqlUpdate
    void addAction(@Bind("churnId") long churnId, @Bind("position") int position, @Bind("action") String action,
                   @Bind("owner") String owner, @Bind("dueDate") LocalDate dueDate);

    /** Marks a call to action done; 1 only for the first caller. */
    @SqlUpdate
    int markActionDone(@Bind("id") long id, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    Optional<CallToAction> action(@Bind("id") long id);

    /** Open calls to action of reviewed retros, for the timeline's reminders. */
    @SqlQuery
    List<CallToAction> openActionsForAccount(@Bind("accountId") long accountId);

    /** Retros of the account whose doc is ready and whose review call is still to be held. */
    @SqlQuery
    List<Retro> retrosInReview(@Bind("accountId") long accountId);
}
