package dev.baton.timeline;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import dev.baton.metrics.BatonMetrics;
import dev.baton.outbox.Outbox;
import dev.baton.store.DatabaseUnreachable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The timeline engine. Due steps are rows computed from each account's dates; a tick claims the due ones
 * with a lease and runs each in one transaction with the reminders it queues, so a step runs once even
 * with two engines on one database, and a step whose engine died is run by another after the lease.
 */
public final class Timeline {
    public static final String ACTOR = "baton:timeline";
    public static final int REMINDER_CAP = 3;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration REMINDER_INTERVAL = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(Timeline.class);

    private final Jdbi jdbi;
    private final Map<String, TimelineStep> steps = new LinkedHashMap<>();
    private final Set<String> leaders;
    private final UserZones zones;
    private final ReminderViews views;
    private final Clock clock;
    private final String owner;
    private final BatonMetrics metrics;
    private volatile boolean stopping;

    public Timeline(Jdbi jdbi, List<TimelineStep> steps, Set<String> leaders, UserZones zones, ReminderViews views,
                    Clock clock, String owner) {
        this(jdbi, steps, leaders, zones, views, clock, owner, new BatonMetrics());
    }

    /** {@code metrics} records how late each due step ran. */
    public Timeline(Jdbi jdbi, List<TimelineStep> steps, Set<String> leaders, UserZones zones, ReminderViews views,
                    Clock clock, String owner, BatonMetrics metrics) {
        this.metrics = metrics;
        this.jdbi = jdbi;
        steps.forEach(step -> this.steps.put(step.id(), step));
        this.leaders = leaders;
        this.zones = zones;
        this.views = views;
        this.clock = clock;
        this.owner = owner;
    }

    /** Whether the step is closed item by item (see {@link TimelineStep#closedItemByItem}); false when unknown. */
    public boolean closedItemByItem(String stepId) {
        TimelineStep step = steps.get(stepId);
        return step != null && step.closedItemByItem();
    }

    /**
     * Brings the account's due steps in line with its dates, in the caller's transaction; a closed step that
     * {@link TimelineStep#recurs} is opened again when its date has moved on past the occurrence it closed.
     */
    public void schedule(Handle handle, Account account) {
        DueStepDao dao = handle.attach(DueStepDao.class);
        for (TimelineStep step : steps.values()) {
            if (!step.scheduledFromAccountDates()) {
                continue;
            }
            Optional<Instant> due = step.dueAt(account, zones.defaultZone());
            Optional<DueStep> existing = dao.find(account.id(), step.id());
            if (existing.isEmpty()) {
                due.ifPresent(at -> dao.add(account.id(), step.id(), at));
            } else if (DueStep.PENDING.equals(existing.get().status())) {
                if (due.isEmpty()) {
                    dao.removePending(existing.get().id());
                } else if (!due.get().equals(existing.get().dueAt()) && existing.get().remindersSent() == 0) {
                    dao.move(existing.get().id(), due.get());
                }
            } else if (step.recurs() && due.isPresent() && due.get().isAfter(existing.get().dueAt())) {
                dao.reopen(account.id(), step.id(), due.get()); // the date moved on: the step's next occurrence
            }
        }
    }

    /**
     * Arms a step a workflow schedules itself, in the caller's transaction: due at {@code dueAt}, pending, its
     * reminders starting over, whether the account had it before (closed or not) or not.
     */
    public static void arm(Handle handle, long accountId, String stepId, Instant dueAt) {
        DueStepDao dao = handle.attach(DueStepDao.class);
        if (dao.add(accountId, stepId, dueAt) == 0) {
            dao.reopen(accountId, stepId, dueAt);
        }
    }

    /** One pass: claims up to {@code limit} due steps and runs each; returns how many it ran. */
    public int tick(int limit) {
        if (stopping) {
            return 0;
        }
        int ran = 0;
        for (long id : claimDue(limit)) {
            if (stopping) {
                break; // the steps left are released by the stop (releaseClaims), for another instance to run
            }
            ran++;
            try {
                jdbi.useTransaction(handle -> run(handle, id));
            } catch (RuntimeException e) {
                if (DatabaseUnreachable.in(e)) {
                    throw e; // the other steps would fail the same way: they keep their lease and run after it
                }
                log.warn("Timeline step {} failed; another tick retries it after the lease: {}", id, e.toString());
            }
        }
        return ran;
    }

    /** Makes {@link #tick} return after the step it is running, so a stop waits for one step at most. */
    public void stop() {
        stopping = true;
    }

    /** Gives back the claims on steps this engine took and did not run (once it has stopped); answers how many. */
    public int releaseClaims() {
        return jdbi.withExtension(DueStepDao.class, dao -> dao.releaseClaims(owner));
    }

    /** Finds due steps and takes the lease on each; answers the ids this engine now holds. */
    public List<Long> claimDue(int limit) {
        Instant now = clock.instant();
        // one transaction: a commit (and, on PostgreSQL, a disk flush) per claim would dominate the tick
        return jdbi.inTransaction(handle -> {
            DueStepDao dao = handle.attach(DueStepDao.class);
            List<Long> mine = new ArrayList<>();
            for (long id : dao.dueIds(now, limit)) {
                if (dao.claim(id, owner, now, now.plus(LEASE)) == 1) {
                    mine.add(id);
                }
            }
            return mine;
        });
    }

    private void run(Handle handle, long id) {
        DueStepDao dao = handle.attach(DueStepDao.class);
        Instant now = clock.instant();
        DueStep due = dao.byId(id).orElse(null);
        if (due == null) {
            return;
        }
        Optional<Account> account = handle.attach(AccountDao.class).findById(due.accountId());
        TimelineStep step = steps.get(due.step());
        metrics.dueStepLag(step == null ? "unknown" : due.step(), Duration.between(due.dueAt(), now));
        if (account.isEmpty() || step == null) {
            dao.finish(id, owner, DueStep.GONE, now, ACTOR);
            return;
        }
        StepCheck check = step.check(handle, account.get());
        if (check instanceof StepCheck.Satisfied satisfied) {
            dao.finish(id, owner, DueStep.DONE, now, ACTOR);
            audit(handle, due, "timeline.satisfied", Map.of("why", satisfied.why()));
        } else if (check instanceof StepCheck.Notice notice) {
            for (String recipient : notice.recipients()) {
                Outbox.postAt(handle, "timeline:" + id + ":notice:" + recipient, recipient, null, notice.message(),
                        zones.nextAwake(recipient, now), now);
            }
            dao.finish(id, owner, DueStep.DONE, now, ACTOR);
            audit(handle, due, "timeline.announced", Map.of("recipients", notice.recipients()));
        } else if (due.remindersSent() >= REMINDER_CAP) {
            escalate(handle, due, account.get(), (StepCheck.Needed) check, now);
        } else {
            remind(handle, due, account.get(), (StepCheck.Needed) check, now);
            return;
        }
        step.nextAfter(account.get(), zones.defaultZone(), now).ifPresent(next -> arm(handle, due.accountId(), due.step(), next));
    }

    private void remind(Handle handle, DueStep due, Account account, StepCheck.Needed needed, Instant now) {
        int number = due.remindersSent() + 1;
        var message = views.reminder(due.id(), account, needed, number, REMINDER_CAP, !closedItemByItem(due.step()));
        List<String> deliveries = new ArrayList<>();
        for (String recipient : needed.recipients()) {
            Instant at = zones.nextAwake(recipient, now);
            Outbox.postAt(handle, "timeline:" + due.id() + ":" + number + ":" + recipient, recipient, null, message, at, now);
            deliveries.add(recipient + " at " + at);
        }
        Instant next = WorkingHours.next(now.plus(REMINDER_INTERVAL), zones.defaultZone());
        handle.attach(DueStepDao.class).remindLater(due.id(), owner, number, next);
        audit(handle, due, "timeline.reminded", Map.of("reminder", number + " of " + REMINDER_CAP,
                "recipients", deliveries, "headline", needed.headline(), "next", next.toString()));
    }

    private void escalate(Handle handle, DueStep due, Account account, StepCheck.Needed needed, Instant now) {
        var message = views.escalation(due.id(), account, needed, REMINDER_CAP);
        for (String leader : leaders) {
            Outbox.postAt(handle, "timeline:" + due.id() + ":escalation:" + leader, leader, null, message,
                    zones.nextAwake(leader, now), now);
        }
        handle.attach(DueStepDao.class).finish(due.id(), owner, DueStep.ESCALATED, now, ACTOR);
        audit(handle, due, "timeline.escalated", Map.of("leaders", List.copyOf(leaders),
                "headline", needed.headline(), "reminded", needed.recipients()));
        if (leaders.isEmpty()) {
            log.warn("Step {} of account {} is overdue and BATON_LEADERS is empty: nobody to escalate to",
                    due.step(), account.id());
        }
    }

    private void audit(Handle handle, DueStep due, String action, Map<String, Object> after) {
        Map<String, Object> row = new LinkedHashMap<>(after);
        row.put("step", due.step());
        Audit.record(handle, clock.instant(), ACTOR, due.accountId(), action, null, row);
    }
}
