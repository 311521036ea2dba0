package dev.baton.outbox;

import com.slack.api.methods.MethodsClient;
import dev.baton.config.LogContext;
import dev.baton.metrics.BatonMetrics;
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
    private static final String QUIET_HOURS = "held for the recipient's quiet hours";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Jdbi jdbi;
    private final SlackDelivery slack;
    private final Clock clock;
    private final String owner;
    private final ChannelPacing pacing;
    private final EmailDelivery email;
    private final SendTimeRenders renders;
    private final PostedCheck postedCheck;
    private final DeliveryRecords records;
    private volatile boolean stopping;
    private volatile QuietRecipients quiet = QuietRecipients.NONE;

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
        this(jdbi, slack, clock, owner, channelInterval, deadLetters, email, renders, new BatonMetrics());
    }

    /** {@code metrics} counts the sends by result. */
    public OutboxSender(Jdbi jdbi, MethodsClient slack, Clock clock, String owner, Duration channelInterval,
                        DeadLetters deadLetters, EmailDelivery email, SendTimeRenders renders, BatonMetrics metrics) {
        this.email = email;
        this.renders = renders;
        this.jdbi = jdbi;
        this.slack = new SlackDelivery(slack);
        this.postedCheck = new PostedCheck(slack, jdbi);
        this.clock = clock;
        this.owner = owner;
        this.pacing = new ChannelPacing(jdbi, clock, channelInterval);
        this.records = new DeliveryRecords(jdbi, clock, owner, channelInterval, pacing, deadLetters, metrics);
    }

    public String owner() {
        return owner;
    }

    /** Holds new DMs (not replies, edits or files) to people in their own quiet hours until those end. */
    public OutboxSender holdingDmsFor(QuietRecipients quiet) {
        this.quiet = quiet;
        return this;
    }

    /**
     * One pass: delivers up to {@code limit} due rows; returns how many it claimed or put back for their slot.
     * Plain posts to a channel known busy (this pass or an earlier one found it so) are put back without
     * being claimed, in one batch: a backlog of thousands of alerts for one channel costs one write per row.
     */
    public int deliverDue(int limit) {
        records.recordHeldSends();
        List<DueRow> due = jdbi.withExtension(OutboxDao.class, dao -> dao.dueRows(clock.instant(), limit));
        int handled = 0;
        List<Deferral> deferrals = new ArrayList<>();
        List<Deferral> held = new ArrayList<>();
        for (DueRow row : due) {
            if (stopping) {
                break;
            }
            Instant quietUntil = row.postsToOwnChannel() && QuietRecipients.person(row.channel())
                    ? quiet.quietUntil(row.channel(), clock.instant()) : null;
            if (quietUntil != null) {
                held.add(new Deferral(row.id(), quietUntil));
                continue;
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
        return handled + defer(deferrals, WAITING_FOR_SLOT) + defer(held, QUIET_HOURS);
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

    private int defer(List<Deferral> deferrals, String reason) {
        if (deferrals.isEmpty()) {
            return 0;
        }
        int[] done = jdbi.withExtension(OutboxDao.class, dao -> dao.defer(deferrals, clock.instant(), reason));
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

    /** Delivers one claimed row, its log lines naming the Slack request that queued it. */
    void deliver(OutboxMessage message) {
        LogContext.sending(message.requestId());
        try {
            deliverClaimed(message);
        } finally {
            LogContext.clear();
        }
    }

    private void deliverClaimed(OutboxMessage message) {
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
            records.postpone(message, pacing.slot(channel, busy.get()), WAITING_FOR_SLOT);
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
                records.dead(message, rendered.missing());
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
            records.sent(message, channel, sent);
        } else if (result instanceof Delivery.RateLimited limited) {
            Instant until = clock.instant().plus(limited.retryAfter());
            jdbi.useExtension(OutboxDao.class, dao -> dao.holdChannel(channel, until));
            pacing.learnBusy(channel, until);
            log.warn("Slack rate-limited {}; holding the channel for {}", channel, limited.retryAfter());
            records.rateLimited(message, until, "Slack answered 429; retrying after " + limited.retryAfter().toSeconds() + " s");
        } else {
            records.failed(message, result);
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
            records.sent(message, channel, found.sent());
            return true;
        }
        if (earlier instanceof PostedCheck.Unanswered unanswered) {
            records.retry(message, "could not check whether Slack already has this post: " + unanswered.error(), true);
            return true;
        }
        return false;
    }

    private void deliverEmail(OutboxMessage message) {
        Delivery result = email == null
                ? new Delivery.Permanent("SMTP is not configured (BATON_SMTP_URL): set it, then retry.")
                : email.send(message);
        if (result instanceof Delivery.Sent) {
            records.sentEmail(message);
        } else if (result instanceof Delivery.Bounced bounced) {
            records.bounced(message, bounced.error());
        } else {
            records.failed(message, result);
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
            records.dead(message, "The message this " + (message.targetKey() == null ? "reply answers" : "update edits")
                    + " (" + targetKey + ") was never posted"
                    + (postStatus == null ? "." : ": it is a " + postStatus + " letter; retry it first."));
            return;
        }
        records.postpone(message, clock.instant().plus(WAIT_FOR_POST), "waiting for the message it "
                + (message.targetKey() == null ? "replies to" : "edits") + " to be posted");
    }
}
