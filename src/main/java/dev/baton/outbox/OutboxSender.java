package dev.baton.outbox;

import com.slack.api.methods.MethodsClient;
import dev.baton.store.DatabaseUnreachable;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers due outbox rows: claims each with a lease (so two instances never send one row), paces each
 * channel to one message per {@code channelInterval} across instances, and records the result, the retry
 * with backoff, or the dead letter.
 */
public final class OutboxSender {
    public static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration WAIT_FOR_POST = Duration.ofSeconds(2);
    /** How many of the earliest pending rows {@link #idleWait} reads: a bound on rows leased at once. */
    static final int IDLE_HEAD = 50;
    private static final String WAITING_FOR_SLOT = "waiting for the channel's next send slot";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Jdbi jdbi;
    private final SlackDelivery slack;
    private final Clock clock;
    private final String owner;
    private final Duration channelInterval;
    private final ChannelPacing pacing;
    private final DeadLetters deadLetters;
    private final EmailDelivery email;
    private final SendTimeRenders renders;
    private final PostedCheck postedCheck;
    private volatile boolean stopping;
    private final Queue<Runnable> heldSends = new ConcurrentLinkedQueue<>();

    public OutboxSender(Jdbi jdbi, MethodsClient slack, Clock clock, String owner, Duration channelInterval,
                        DeadLetters deadLetters) {
        this(jdbi, slack, clock, owner, channelInterval, deadLetters, null);
    }

    /** {@code email} is null when SMTP is not configured. */
    public OutboxSender(Jdbi jdbi, MethodsClient slack, Clock clock, String owner, Duration channelInterval,
                        DeadLetters deadLetters, EmailDelivery email) {
        this(jdbi, slack, clock, owner, channelInterval, deadLetters, email, new SendTimeRenders());
    }

    /** {@code renders} renders the posts queued by reference ({@link SendTimeRenders}). */
    public OutboxSender(Jdbi jdbi, MethodsClient slack, Clock clock, String owner, Duration channelInterval,
                        DeadLetters deadLetters, EmailDelivery email, SendTimeRenders renders) {
        this.email = email;
        this.renders = renders;
        this.jdbi = jdbi;
        this.slack = new SlackDelivery(slack);
        this.postedCheck = new PostedCheck(slack, jdbi);
        this.clock = clock;
        this.owner = owner;
        this.channelInterval = channelInterval;
        this.pacing = new ChannelPacing(jdbi, clock, channelInterval);
        this.deadLetters = deadLetters;
    }

    public String owner() {
        return owner;
    }

    /**
     * One pass: delivers up to {@code limit} due rows; returns how many it claimed or put back for their slot.
     * Plain posts to a channel known busy (this pass or an earlier one found it so) are put back without
     * being claimed, in one batch: a backlog of thousands of alerts for one channel costs one write per row.
     */
    public int deliverDue(int limit) {
        recordHeldSends();
        List<DueRow> due = jdbi.withExtension(OutboxDao.class, dao -> dao.dueRows(clock.instant(), limit));
        int handled = 0;
        List<Deferral> deferrals = new ArrayList<>();
        for (DueRow row : due) {
            if (stopping) {
                break;
            }
            Instant freeAt = row.postsToOwnChannel() ? pacing.knownBusy(row.channel()) : null;
            if (freeAt != null) {
                deferrals.add(new Deferral(row.id(), pacing.slot(row.channel(), freeAt)));
                continue;
            }
            OutboxMessage message = claim(row.id());
            if (message != null) {
                deliver(message);
                handled++;
            }
        }
        return handled + defer(deferrals);
    }

    /** Makes {@link #deliverDue} return after the row it is sending, so a stop waits for one delivery at most. */
    public void stop() {
        stopping = true;
    }

    /** Gives back the leases this sender still holds (once it has stopped); answers how many. */
    public int releaseLeases() {
        return jdbi.withExtension(OutboxDao.class, dao -> dao.releaseLeases(owner));
    }

    /** A due row to put back until {@code until}, its channel's send slot. */
    public record Deferral(long id, Instant until) {
    }

    private int defer(List<Deferral> deferrals) {
        if (deferrals.isEmpty()) {
            return 0;
        }
        int[] done = jdbi.withExtension(OutboxDao.class,
                dao -> dao.defer(deferrals, clock.instant(), WAITING_FOR_SLOT));
        return (int) Arrays.stream(done).filter(n -> n == 1).count();
    }

    /** Takes the lease on one row; null when another instance has it or it is no longer due. */
    OutboxMessage claim(long id) {
        Instant now = clock.instant();
        return jdbi.withExtension(OutboxDao.class, dao ->
                dao.claim(id, owner, now, now.plus(LEASE)) == 1 ? dao.byId(id) : null);
    }

    /** How long the sender may sleep before something is due (between 10 ms and a second). */
    public Duration idleWait() {
        List<PendingTime> head = jdbi.withExtension(OutboxDao.class, dao -> dao.firstPending(IDLE_HEAD));
        Duration wait = PendingTime.nextDue(head, IDLE_HEAD).map(at -> Duration.between(clock.instant(), at))
                .orElse(Duration.ofSeconds(1));
        return wait.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10)
                : wait.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : wait;
    }

    void deliver(OutboxMessage message) {
        if (Outbox.EMAIL.equals(message.kind())) {
            deliverEmail(message);
            return;
        }
        PostedMessage target = null;
        boolean editsOrSharesTo = Outbox.SLACK_UPDATE.equals(message.kind())
                || (Outbox.SLACK_FILE.equals(message.kind()) && message.targetKey() != null);
        String waitsFor = editsOrSharesTo ? message.targetKey() : threadTarget(message);
        if (waitsFor != null) {
            target = jdbi.withExtension(OutboxDao.class, dao -> dao.postedMessage(waitsFor)).orElse(null);
            if (target == null) {
                awaitPost(message, waitsFor);
                return;
            }
        }
        String channel = target == null ? message.channel() : target.channel();
        Optional<Instant> busy = pacing.busyOrTake(channel);
        if (busy.isPresent()) {
            postpone(message, pacing.slot(channel, busy.get()), WAITING_FOR_SLOT);
            return;
        }
        send(message, target, channel);
    }

    /** Sends a row whose channel slot this sender holds, rendering it first when it was queued by reference. */
    private void send(OutboxMessage message, PostedMessage target, String channel) {
        byte[] file = Outbox.SLACK_FILE.equals(message.kind())
                ? jdbi.withExtension(OutboxDao.class, dao -> dao.fileContent(message.dedupeKey())).orElse(new byte[0])
                : null;
        OutboxMessage sending = message;
        if (file == null && SendTimeRenders.isReference(message.payload())) {
            SendTimeRenders.Rendered rendered = renders.render(jdbi, message.payload());
            if (rendered.payload() == null) {
                dead(message, rendered.missing());
                return;
            }
            sending = message.withPayload(rendered.payload());
        }
        boolean inDoubt = message.doubtSince() != null && Outbox.SLACK_POST.equals(message.kind());
        if (inDoubt && alreadyPosted(message, target, channel)) {
            return;
        }
        Delivery result = slack.send(sending, target, file);
        if (result instanceof Delivery.Sent sent) {
            sent(message, channel, sent);
        } else if (result instanceof Delivery.RateLimited limited) {
            Instant until = clock.instant().plus(limited.retryAfter());
            jdbi.useExtension(OutboxDao.class, dao -> dao.holdChannel(channel, until));
            pacing.learnBusy(channel, until);
            log.warn("Slack rate-limited {}; holding the channel for {}", channel, limited.retryAfter());
            postpone(message, until, "Slack answered 429; retrying after " + limited.retryAfter().toSeconds() + " s");
        } else {
            failed(message, result);
        }
    }

    /**
     * For a post an earlier attempt may have made unrecorded: true when Slack has it (now recorded as sent) or
     * could not be asked (retried later, still in doubt); false when it should be posted.
     */
    private boolean alreadyPosted(OutboxMessage message, PostedMessage target, String channel) {
        PostedCheck.Outcome earlier = postedCheck.find(channel, target == null ? null : target.ts(),
                message.dedupeKey(), message.doubtSince());
        if (earlier instanceof PostedCheck.Found found) {
            log.info("Outbox {} was already in Slack from an attempt whose result was lost: recorded, not posted again",
                    message.dedupeKey());
            sent(message, channel, found.sent());
            return true;
        }
        if (earlier instanceof PostedCheck.Unanswered unanswered) {
            retry(message, "could not check whether Slack already has this post: " + unanswered.error(), true);
            return true;
        }
        return false;
    }

    private void deliverEmail(OutboxMessage message) {
        Delivery result = email == null
                ? new Delivery.Permanent("SMTP is not configured (BATON_SMTP_URL): set it, then retry.")
                : email.send(message);
        if (result instanceof Delivery.Sent) {
            Instant now = clock.instant();
            recordSend(() -> jdbi.useExtension(OutboxDao.class, dao -> dao.markSent(message.id(), owner, "email", null, now)));
        } else {
            failed(message, result);
        }
    }

    /** A delivery that did not go through: a dead letter when a person must act, else a retry with backoff. */
    private void failed(OutboxMessage message, Delivery result) {
        if (result instanceof Delivery.Permanent permanent) {
            dead(message, permanent.error());
        } else {
            Delivery.Retry retry = (Delivery.Retry) result;
            retry(message, retry.error(), retry.outcomeUnknown());
        }
    }

    /** The keyed post a thread reply answers, or null; only payloads that mention it are parsed. */
    static String threadTarget(OutboxMessage message) {
        if (!message.payload().contains(Outbox.THREAD_TARGET)) {
            return null;
        }
        var payload = com.google.gson.JsonParser.parseString(message.payload()).getAsJsonObject();
        return payload.has(Outbox.THREAD_TARGET) ? payload.get(Outbox.THREAD_TARGET).getAsString() : null;
    }

    private void awaitPost(OutboxMessage message, String targetKey) {
        String postStatus = jdbi.withExtension(OutboxDao.class, dao -> dao.postStatus(targetKey)).orElse(null);
        if (postStatus == null || OutboxMessage.DEAD.equals(postStatus) || OutboxMessage.DROPPED.equals(postStatus)) {
            dead(message, "The message this " + (message.targetKey() == null ? "reply answers" : "update edits")
                    + " (" + targetKey + ") was never posted"
                    + (postStatus == null ? "." : ": it is a " + postStatus + " letter; retry it first."));
            return;
        }
        postpone(message, clock.instant().plus(WAIT_FOR_POST), "waiting for the message it "
                + (message.targetKey() == null ? "replies to" : "edits") + " to be posted");
    }

    private void sent(OutboxMessage message, String channel, Delivery.Sent sent) {
        Instant now = clock.instant();
        pacing.learnBusy(channel, now.plus(channelInterval));
        recordSend(() -> jdbi.useTransaction(handle -> {
            OutboxDao dao = handle.attach(OutboxDao.class);
            // the next slot counts from when Slack took this message, so a slow call never lets the next in early
            dao.holdChannel(channel, now.plus(channelInterval));
            if (dao.markSent(message.id(), owner, sent.channel(), sent.messageId(), now) == 1
                    && message.targetKey() != null && Outbox.SLACK_POST.equals(message.kind())) {
                dao.rememberPosted(message.targetKey(), sent.channel(), sent.messageId(), now);
            }
        }));
    }

    /**
     * Writes that a message went out. When the database is out of reach just then, the write is held and made
     * before anything else once it answers: otherwise the row's lease would run out while it still looks unsent,
     * and the message would go out a second time.
     */
    private void recordSend(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (DatabaseUnreachable.in(e)) {
                heldSends.add(write);
            }
            throw e;
        }
    }

    private void recordHeldSends() {
        for (Runnable write = heldSends.peek(); write != null; write = heldSends.peek()) {
            write.run();
            heldSends.remove();
        }
    }

    private void postpone(OutboxMessage message, Instant until, String reason) {
        jdbi.useExtension(OutboxDao.class, dao -> dao.postpone(message.id(), owner, until, reason));
    }

    private void retry(OutboxMessage message, String error, boolean outcomeUnknown) {
        if (message.attempts() + 1 >= MAX_ATTEMPTS) {
            dead(message, error + " (gave up after " + MAX_ATTEMPTS + " attempts)");
            return;
        }
        Duration wait = backoff(message.attempts());
        log.warn("Outbox {} will retry in {}: {}", message.dedupeKey(), wait, error);
        jdbi.useExtension(OutboxDao.class, dao -> dao.markRetry(message.id(), owner, error, clock.instant().plus(wait),
                outcomeUnknown));
    }

    private void dead(OutboxMessage message, String error) {
        log.error("Outbox {} is a dead letter: {}", message.dedupeKey(), error);
        jdbi.useTransaction(handle -> {
            if (handle.attach(OutboxDao.class).markDead(message.id(), owner, error) == 1) {
                deadLetters.died(handle, message, error, clock.instant());
            }
        });
    }

    /** Exponential backoff from 2 s, capped at 10 minutes, with full jitter over the upper half. */
    static Duration backoff(int attemptsSoFar) {
        long ceiling = Math.min(600_000L, 2_000L << Math.min(attemptsSoFar, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
