package dev.baton.home;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reads behind App Home's Today, My accounts and Leaders (and the leaders' Unmute), one statement each (SQL beside, in HomeDao/). */
@RegisterConstructorMapper(TimelineRow.class)
@RegisterConstructorMapper(ItemRow.class)
@RegisterConstructorMapper(MyAccount.class)
@RegisterConstructorMapper(Touch.class)
@RegisterConstructorMapper(LeaderRows.Load.class)
@RegisterConstructorMapper(LeaderRows.Overdue.class)
@RegisterConstructorMapper(LeaderRows.Band.class)
@RegisterConstructorMapper(LeaderRows.Summary.class)
@RegisterConstructorMapper(LeaderRows.Muted.class)
public interface HomeDao {
    @SqlQuery
    List<TimelineRow> todaySteps(@Bind("userId") String userId, @Bind("until") Instant until, @Bind("limit") int limit);

    @SqlQuery
    List<ItemRow> lighthouseSteps(@Bind("userId") String userId, @Bind("today") LocalDate today,
                                  @Bind("limit") int limit);

    @SqlQuery
    List<ItemRow> churnActions(@Bind("userId") String userId, @Bind("today") LocalDate today, @Bind("limit") int limit);

    @SqlQuery
    List<ItemRow> planActions(@Bind("userId") String userId, @Bind("today") LocalDate today, @Bind("limit") int limit);

    @SqlQuery
    List<MyAccount> accountsByHealth(@Bind("userId") String userId, @Bind("weekStart") LocalDate weekStart,
                                     @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    List<MyAccount> accountsByRenewal(@Bind("userId") String userId, @Bind("weekStart") LocalDate weekStart,
                                      @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    int accountCount(@Bind("userId") String userId);

    @SqlQuery
    List<LeaderRows.Load> teamLoad();

    @SqlQuery
    List<LeaderRows.Overdue> teamOverdue(@Bind("before") Instant before);

    @SqlQuery
    List<LeaderRows.Band> bandCounts();

    @SqlQuery
    List<LeaderRows.Summary> teamSummary(@Bind("limit") int limit);

    @SqlQuery
    List<LeaderRows.Band> bandSummary();

    @SqlQuery
    Optional<Instant> summaryComputedAt();

    @SqlUpdate
    int claimSummary(@Bind("now") Instant now, @Bind("staleBefore") Instant staleBefore);

    @SqlUpdate
    void forgetTeam();

    @SqlUpdate
    void forgetBands();

    @SqlBatch
    void saveTeam(@BindMethods List<LeaderRows.Summary> rows);

    @SqlBatch
    void saveBand(@BindMethods List<LeaderRows.Band> rows);

    @SqlQuery
    List<LeaderRows.Muted> mutedWithNames(@Bind("limit") int limit);

    @SqlUpdate
    int unmuteSubject(@Bind("kind") String kind, @Bind("subject") String subject);

    @SqlQuery
    long lastAuditId();

    @SqlQuery
    List<Touch> touchedSince(@Bind("afterId") long afterId, @Bind("limit") int limit);
}
