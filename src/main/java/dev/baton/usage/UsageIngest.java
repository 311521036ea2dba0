package dev.baton.usage;

import dev.baton.store.DatabaseUnreachable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToIntFunction;

/**
 * Stores a batch of usage events in one transaction: first uses (the unique key decides the one alert, the
 * earliest time wins) and the first-use alerts themselves through the outbox.
 */
final class UsageIngest {
    static final int ATTEMPTS = 5;
    static final String RETRY_REASON = "could not be stored; retry the item";
    private static final Logger log = LoggerFactory.getLogger(UsageIngest.class);
    private static final Comparator<FirstUse> BY_KEY = Comparator.comparingLong(FirstUse::accountId)
            .thenComparing(FirstUse::featureKey);

    private final Jdbi jdbi;
    private final Clock clock;
    private final UsageAlerts alerts;
    /** CRM id to account id; only hits are kept, so an account created later is found at once. */
    private final Map<String, Long> accountIds = new ConcurrentHashMap<>();
    private final KnownFirstUses knownFirstUses = new KnownFirstUses(2_000_000);
    /**
     * One batch writes at a time per instance: concurrent batches of one instance only wait on each other's
     * first-use rows (H2 then times out), while parsing and answering still run in parallel.
     */
    private final ReentrantLock writing = new ReentrantLock();

    public UsageIngest(Jdbi jdbi, Clock clock, UsageAlerts alerts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** Stores the events; answers, per event in order, null when accepted or why it was rejected. */
    public List<String> ingest(List<UsageEvent> events) {
        Map<String, Long> ids = resolve(events);
        List<String> reasons = new ArrayList<>(events.size());
        List<Located> located = new ArrayList<>(events.size());
        for (UsageEvent event : events) {
            Long id = ids.get(event.crmId());
            reasons.add(id == null ? "unknown account " + event.crmId() : null);
            if (id != null) {
                located.add(new Located(id, event));
            }
        }
        if (!located.isEmpty() && !store(located)) {
            for (int i = 0; i < reasons.size(); i++) {
                if (reasons.get(i) == null) {
                    reasons.set(i, RETRY_REASON);
                }
            }
        }
        return reasons;
    }

    private Map<String, Long> resolve(List<UsageEvent> events) {
        Set<String> missing = new HashSet<>();
        for (UsageEvent event : events) {
            if (!accountIds.containsKey(event.crmId())) {
                missing.add(event.crmId());
            }
        }
        if (!missing.isEmpty()) {
            jdbi.useExtension(UsageDao.class, dao -> missing.forEach(crmId ->
                    dao.accountIdByCrmId(crmId).ifPresent(id -> accountIds.put(crmId, id))));
        }
        return accountIds;
    }

    private boolean store(List<Located> located) {
        Map<UsagePair, Seen> seen = new HashMap<>();
        for (Located l : located) {
            UsageEvent e = l.event();
            seen.computeIfAbsent(new UsagePair(l.accountId(), e.featureKey()), k -> new Seen()).see(e);
        }
        List<FirstUse> candidates = new ArrayList<>();
        for (Map.Entry<UsagePair, Seen> pair : seen.entrySet()) {
            UsageEvent earliest = pair.getValue().earliest;
            if (!knownFirstUses.covers(pair.getKey(), earliest.occurredAt())) {
                candidates.add(new FirstUse(pair.getKey().accountId(), earliest.featureKey(), earliest.feature(),
                        earliest.occurredAt()));
            }
        }
        if (candidates.isEmpty()) {
            return true;
        }
        candidates.sort(BY_KEY);
        ToIntFunction<FirstUse> users = use -> seen.get(UsagePair.of(use)).users.size();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                knownFirstUses.remember(candidates, writeAlone(candidates, users));
                return true;
            } catch (JdbiException e) {
                if (DatabaseUnreachable.in(e)) {
                    throw e; // not worth another attempt within this request: its caller answers or stops
                }
                // lock timeouts and deadlocks between instances' batches: the whole batch is safe to run again
                log.warn("Usage batch of {} events failed (attempt {} of {}): {}", located.size(), attempt,
                        ATTEMPTS, e.getMessage().lines().findFirst().orElse(""));
                pause(attempt);
            }
        }
        return false;
    }

    private Map<UsagePair, Long> writeAlone(List<FirstUse> candidates, ToIntFunction<FirstUse> users) {
        writing.lock();
        try {
            return jdbi.inTransaction(handle -> write(handle, candidates, users, clock.instant()));
        } finally {
            writing.unlock();
        }
    }

    /**
     * First uses go in key order and times in id order, so concurrent batches lock rows in the same order. A
     * pair this instance has seen committed has its rows (never deleted but with their account), so only its
     * time moves earlier; the others are inserted, and only those the insert created get a time and alert.
     * The users so far of a first use this batch creates are exactly its users in this batch: had an earlier
     * batch seen the feature at the account, it would have created the row. Answers every candidate's id.
     */
    private Map<UsagePair, Long> write(Handle handle, List<FirstUse> candidates, ToIntFunction<FirstUse> users,
                                       Instant now) {
        Map<UsagePair, Long> ids = new HashMap<>();
        List<FirstUse> unknown = new ArrayList<>();
        for (FirstUse use : candidates) {
            Long id = knownFirstUses.id(use);
            if (id == null) {
                unknown.add(use);
            } else {
                ids.put(UsagePair.of(use), id);
            }
        }
        Set<FirstUse> created = FirstUseRows.insert(handle, unknown, ids, now);
        List<FirstAt> times = new ArrayList<>(created.size());
        List<FirstAt> moves = new ArrayList<>(candidates.size() - created.size());
        for (FirstUse use : candidates) {
            (created.contains(use) ? times : moves).add(new FirstAt(ids.get(UsagePair.of(use)), use.firstAt()));
        }
        if (!times.isEmpty()) {
            FirstUseRows.addTimes(handle, times);
        }
        if (!moves.isEmpty()) {
            moves.sort(Comparator.comparingLong(FirstAt::id));
            FirstUseRows.moveEarlier(handle, moves);
        }
        if (!created.isEmpty()) {
            // only a new first use changes a health input (adoption); the mark is one row per account
            dev.baton.account.HealthDirty.markAll(handle, created.stream().map(FirstUse::accountId).toList(), now);
            alerts.firstUses(handle, unknown.stream().filter(created::contains).toList(), users, now);
        }
        return ids;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10L * attempt, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Located(long accountId, UsageEvent event) {
    }

    /** One pair's events in a batch: the earliest and the distinct users. */
    private static final class Seen {
        private UsageEvent earliest;
        private final Set<String> users = new HashSet<>();

        void see(UsageEvent event) {
            if (earliest == null || event.occurredAt().isBefore(earliest.occurredAt())) {
                earliest = event;
            }
            users.add(event.userKey());
        }
    }
}
