package dev.baton.outbox;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

/** The outbox table: messages waiting to be delivered, claimed with a lease so one instance sends each. */
@RegisterConstructorMapper(OutboxMessage.class)
public interface OutboxDao {
    /** Adds a message unless one with the same dedupe key exists; 1 when added. */
    @SqlUpdate
    int enqueue(@Bind("dedupeKey") String dedupeKey, @Bind("kind") String kind, @Bind("channel") String channel,
                @Bind("payload") String payload, @Bind("now") Instant now);

    @SqlQuery
    List<Long> dueIds(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Takes the lease on a due row; 1 only for the instance that got it. */
    @SqlUpdate
    int claim(@Bind("id") long id, @Bind("owner") String owner, @Bind("now") Instant now,
              @Bind("leaseUntil") Instant leaseUntil);

    @SqlQuery
    OutboxMessage byId(@Bind("id") long id);

    @SqlUpdate
    int markSent(@Bind("id") long id, @Bind("owner") String owner, @Bind("sentChannel") String sentChannel,
                 @Bind("sentTs") String sentTs, @Bind("now") Instant now);

    @SqlUpdate
    int markRetry(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error,
                  @Bind("nextAttemptAt") Instant nextAttemptAt);

    @SqlUpdate
    int markDead(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error);

    @SqlQuery
    List<OutboxMessage> byStatus(@Bind("status") String status, @Bind("limit") int limit);

    @SqlQuery
    List<OutboxMessage> byDedupePrefix(@Bind("prefix") String prefix);
}
