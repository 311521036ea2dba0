package dev.baton.handoff;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The handoff and handoff_doc tables. */
@RegisterRowMapper(HandoffMappers.HandoffMapper.class)
@RegisterRowMapper(HandoffMappers.HandoffDocMapper.class)
public interface HandoffDao {
    /** Starts the account's hand-off; 0 when it had one already. */
    @SqlUpdate
    int start(@Bind("accountId") long accountId, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    Optional<Handoff> find(@Bind("accountId") long accountId);

    @SqlUpdate
    int scheduleKnowledgeTransfer(@Bind("accountId") long accountId, @Bind("at") Instant at,
                                  @Bind("attendees") String attendees, @Bind("by") String by);

    /** 1 only for the first close. */
    @SqlUpdate
    int closeWon(@Bind("accountId") long accountId, @Bind("by") String by, @Bind("now") Instant now,
                 @Bind("override") String override);

    @SqlUpdate
    int recordLicense(@Bind("accountId") long accountId, @Bind("keyId") String keyId, @Bind("seats") int seats,
                      @Bind("expires") LocalDate expires, @Bind("by") String by);

    @SqlUpdate
    int welcomeDrafted(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlUpdate
    int welcomeSent(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlUpdate
    int expandChecklist(@Bind("accountId") long accountId, @Bind("tagged") boolean tagged,
                        @Bind("components") boolean components, @Bind("told") boolean told);

    @SqlUpdate
    int expandDone(@Bind("accountId") long accountId, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery
    Optional<HandoffDoc> latestDoc(@Bind("accountId") long accountId);

    @SqlUpdate
    int saveDoc(@Bind("accountId") long accountId, @Bind("status") String status, @Bind("body") String body,
                @Bind("by") String by, @Bind("now") Instant now);
}
