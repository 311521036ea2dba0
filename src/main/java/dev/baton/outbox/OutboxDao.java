package dev.baton.outbox;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: messages waiting to be delivered, claimed with a lease so one instance sends each. */
@RegisterConstructorMapper(OutboxMessage.class)
@RegisterConstructorMapper(PostedMessage.class)
public interface OutboxDao {
    /** Adds a message unless one with the same dedupe key exists; 1 when added. */
    @SqlUpdate
    int enqueue(@Bind("dedupeKey") String dedupeKey, @Bind("kind") String kind, @Bind("channel") String channel,
                @Bind("targetKey") String targetKey, @Bind("payload") String payload,
                @Bind("notBefore") Instant notBefore, @Bind("now") Instant now, @Bind("requestId") String requestId);

    /** {@link #enqueue} for many Slack posts in one JDBC batch; per post, 1 when added. */
    @SqlBatch("enqueue")
    int[] enqueueAll(@BindMethods List<SlackPost> posts, @Bind("kind") String kind,
                     @Bind("notBefore") Instant notBefore, @Bind("now") Instant now,
                     @Bind("requestId") String requestId);

    /** The channel's row, locked until commit (see {@link PacedPosts}); the channel must be open. */
    @SqlQuery
    @RegisterConstructorMapper(ChannelQueue.class)
    ChannelQueue lockChannelQueue(@Bind("channel") String channel);

    @SqlUpdate
    int queueChannelUntil(@Bind("channel") String channel, @Bind("until") Instant until);

    @SqlQuery
    @RegisterConstructorMapper(DueRow.class)
    List<DueRow> dueRows(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Puts due rows back until their slots without claiming them; per row, 1 unless another sender had it. */
    @SqlBatch
    int[] defer(@BindMethods List<OutboxSender.Deferral> rows, @Bind("now") Instant now, @Bind("reason") String reason);

    /** The due and lease times of the {@code limit} earliest due pending rows (see {@link PendingTime#nextDue}). */
    @SqlQuery
    @RegisterConstructorMapper(PendingTime.class)
    List<PendingTime> firstPending(@Bind("limit") int limit);

    /** Takes the lease on a due row; 1 only for the instance that got it. */
    @SqlUpdate
    int claim(@Bind("id") long id, @Bind("owner") String owner, @Bind("now") Instant now,
              @Bind("leaseUntil") Instant leaseUntil);

    @SqlQuery
    OutboxMessage byId(@Bind("id") long id);

    /** Gives back every lease {@code owner} holds (at a stop); answers how many. */
    @SqlUpdate
    int releaseLeases(@Bind("owner") String owner);

    @SqlUpdate
    int markSent(@Bind("id") long id, @Bind("owner") String owner, @Bind("sentChannel") String sentChannel,
                 @Bind("sentTs") String sentTs, @Bind("now") Instant now);

    @SqlUpdate
    int markRetry(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error,
                  @Bind("nextAttemptAt") Instant nextAttemptAt, @Bind("outcomeUnknown") boolean outcomeUnknown);

    /** The conversation id Slack gave an earlier post to {@code channel} (a name or a user id), if any. */
    @SqlQuery
    Optional<String> knownConversation(@Bind("channel") String channel);

    /** Puts a claimed row back for later without counting an attempt (channel paced, rate limited). */
    @SqlUpdate
    int postpone(@Bind("id") long id, @Bind("owner") String owner, @Bind("until") Instant until,
                 @Bind("reason") String reason);

    @SqlUpdate
    int markDead(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error);

    /** An email the mail server refused permanently, kept as bounced rather than dead (no leader can fix it). */
    @SqlUpdate
    int markBounced(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error);

    /** A leader's retry of a dead letter: pending again, attempts from zero. */
    @SqlUpdate
    int requeue(@Bind("id") long id, @Bind("now") Instant now);

    /** A leader's drop of a dead letter: kept for the record, never sent. */
    @SqlUpdate
    int drop(@Bind("id") long id);

    @SqlQuery
    List<OutboxMessage> byStatus(@Bind("status") String status, @Bind("limit") int limit);

    @SqlQuery
    List<OutboxMessage> byDedupePrefix(@Bind("prefix") String prefix);

    @SqlQuery
    Optional<PostedMessage> postedMessage(@Bind("targetKey") String targetKey);

    @SqlUpdate
    int rememberPosted(@Bind("targetKey") String targetKey, @Bind("channel") String channel, @Bind("ts") String ts,
                       @Bind("now") Instant now);

    /** The status of the post an update edits, if it was ever queued. */
    @SqlQuery
    Optional<String> postStatus(@Bind("targetKey") String targetKey);

    @SqlUpdate
    int openChannel(@Bind("channel") String channel, @Bind("epoch") Instant epoch);

    /** Takes the channel's next send slot; 1 only when the channel was free at {@code now}. */
    @SqlUpdate
    int takeChannel(@Bind("channel") String channel, @Bind("now") Instant now, @Bind("nextSendAt") Instant nextSendAt);

    /** Keeps the channel quiet until {@code until} (Slack answered 429 with Retry-After). */
    @SqlUpdate
    int holdChannel(@Bind("channel") String channel, @Bind("until") Instant until);

    @SqlQuery
    Optional<Instant> channelFreeAt(@Bind("channel") String channel);

    /** Keeps the bytes of a queued {@code slack.file} row. */
    @SqlUpdate
    void storeFile(@Bind("dedupeKey") String dedupeKey, @Bind("content") byte[] content);

    /** The pending and dead rows and the oldest pending one's age, for the metrics ({@link OutboxBacklog}). */
    @SqlQuery
    @RegisterConstructorMapper(OutboxBacklog.Backlog.class)
    OutboxBacklog.Backlog backlog();

    @SqlQuery
    Optional<byte[]> fileContent(@Bind("dedupeKey") String dedupeKey);
}
