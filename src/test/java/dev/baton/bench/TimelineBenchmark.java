package dev.baton.bench;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.baton.outbox.DeadLetters;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.OutboxMessage;
import dev.baton.outbox.OutboxSender;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import dev.baton.timeline.DueStepDao;
import dev.baton.timeline.Timeline;
import dev.baton.timeline.UserZones;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The timeline and outbox benchmark.
 * <ol>
 * <li>Timeline tick: 100,000 accounts with 3 due steps each (about 1% due now, the rest over the next
 * 120 days), bulk-loaded into a migrated H2 file database under {@code target/bench/} and, when
 * {@code BATON_TEST_POSTGRES_URL} is set, into a fresh PostgreSQL schema; times {@link Timeline#claimDue}
 * (one tick finding and claiming due steps) at the production tick size of 500 until every due step is
 * claimed, and once with a limit of 5,000 that claims them all at once. Goal: at most 1 s per tick.</li>
 * <li>Outbox sender: 30 messages to each of two channels, delivered by {@link OutboxSender} with Baton's
 * own loop to a fake Slack that answers at once but answers 429 to posts to one channel closer than
 * 900 ms apart; prints each channel's delivery rate against the 1 message/s pacing limit (goal: within
 * 10%, no 429) and checks every message was posted exactly once.</li>
 * </ol>
 * Run: {@code mvn -q -DskipTests package exec:exec@benchmark -Dbenchmark=dev.baton.bench.TimelineBenchmark}
 * (with {@code BATON_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} set to include PostgreSQL).
 */
public final class TimelineBenchmark {
    static final int ACCOUNTS = 100_000;
    static final List<String> STEPS = List.of("roles-tagged", "support-level-set", "ta-assigned");
    static final double DUE_FRACTION = 0.01;
    static final int TICK_LIMIT = 500;
    static final int ALL_AT_ONCE_LIMIT = 5_000;
    static final int MESSAGES_PER_CHANNEL = 30;
    static final List<String> CHANNELS = List.of("C0BENCH", "C0OTHER");
    static final Duration PACING = Duration.ofSeconds(1);
    static final Duration FAKE_SLACK_MIN_INTERVAL = Duration.ofMillis(900);

    /** The claims of one drain: per tick, how long it took and how many steps it claimed. */
    private record Drain(List<Long> nanos, List<Integer> claimed) {
        int total() {
            return claimed.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchDatabases.onEach("timeline", "timeline tick", (label, db) -> benchmarkTick(label, db, now));
        benchmarkSender();
    }

    /** Part 1: loads the accounts and steps, then times the ticks that claim the due ones. */
    static void benchmarkTick(String label, Database db, Instant now) throws Exception {
        long start = System.nanoTime();
        int due = loadAccountsAndSteps(db, now);
        System.out.printf("loaded %,d accounts and %,d steps into %s in %,d ms%n", ACCOUNTS, ACCOUNTS * STEPS.size(),
                label, millis(System.nanoTime() - start));
        db.prepare(DueStepDao.class);
        MutableClock clock = new MutableClock(now);
        UserZones zones = new UserZones(db.jdbi(), null, ZoneOffset.UTC, clock, Runnable::run);

        // Warm-up: another engine claims every due step the same way, then all the leases are handed back.
        Drain warmUp = drain(timeline(db, zones, clock, "bench-warm-up"), TICK_LIMIT);
        releaseAllLeases(db);

        Timeline timeline = timeline(db, zones, clock, "bench-engine");
        Drain measured = drain(timeline, TICK_LIMIT);
        releaseAllLeases(db);
        long allStart = System.nanoTime();
        int allClaimed = timeline.claimDue(ALL_AT_ONCE_LIMIT).size();
        long allNanos = System.nanoTime() - allStart;

        List<Long> sorted = new ArrayList<>(measured.nanos());
        Collections.sort(sorted);
        System.out.printf("timeline tick (%s): %,d accounts, %,d steps, %,d due; limit %d: p50 %.1f ms max %.1f ms"
                        + " per tick (%d ticks claiming %s); all %,d in one tick: %.1f ms (goal <= 1000 ms)%n",
                label, ACCOUNTS, ACCOUNTS * STEPS.size(), due, TICK_LIMIT, ms(sorted.get((sorted.size() - 1) / 2)),
                ms(sorted.get(sorted.size() - 1)), sorted.size(), measured.claimed(), allClaimed, ms(allNanos));
        System.out.printf("  (cold first tick, in the warm-up: %.1f ms)%n", ms(warmUp.nanos().get(0)));
        if (warmUp.total() != due || measured.total() != due || allClaimed != due) {
            System.out.printf("  MISMATCH: %,d due but claimed %,d (warm-up), %,d (limit %d), %,d (all at once)%n",
                    due, warmUp.total(), measured.total(), TICK_LIMIT, allClaimed);
        }
    }

    private static Timeline timeline(Database db, UserZones zones, Clock clock, String owner) {
        return new Timeline(db.jdbi(), List.of(), Set.of(), zones, null, clock, owner);
    }

    /** Ticks until a tick claims fewer than the limit, timing each tick that claimed something. */
    private static Drain drain(Timeline timeline, int limit) {
        List<Long> nanos = new ArrayList<>();
        List<Integer> claimed = new ArrayList<>();
        while (true) {
            long start = System.nanoTime();
            int count = timeline.claimDue(limit).size();
            long took = System.nanoTime() - start;
            if (count > 0) {
                nanos.add(took);
                claimed.add(count);
            }
            if (count < limit) {
                return new Drain(nanos, claimed);
            }
        }
    }

    private static void releaseAllLeases(Database db) {
        db.jdbi().useHandle(handle -> handle.execute(
                "update due_step set claimed_by = null, lease_until = null where claimed_by is not null"));
    }

    /** Plain JDBC batch inserts of the accounts and their steps; answers how many steps are due at {@code now}. */
    static int loadAccountsAndSteps(Database db, Instant now) throws SQLException {
        Random random = new Random(42);
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int due = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("insert into account (id, crm_id, name, name_key, ae, ce,"
                    + " expected_close_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement step = c.prepareStatement("insert into due_step (account_id, step, due_at, status,"
                         + " reminders_sent) values (?, ?, ?, 'pending', 0)")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    String name = String.format("Bench Account %06d", a);
                    account.setLong(1, a);
                    account.setString(2, String.format("BENCH-%06d", a));
                    account.setString(3, name);
                    account.setString(4, name.toLowerCase(Locale.ROOT));
                    account.setString(5, "UAE" + (a % 50));
                    account.setString(6, "UCE" + (a % 40));
                    account.setObject(7, today.plusDays(1 + a % 120));
                    account.setObject(8, stamp);
                    account.setObject(9, stamp);
                    account.addBatch();
                    for (String id : STEPS) {
                        boolean isDue = random.nextDouble() < DUE_FRACTION;
                        Instant at = isDue ? now.minusSeconds(1 + random.nextInt(3 * 86_400)) // a backlog of up to 3 days
                                : now.plusSeconds(60 + random.nextInt(120 * 86_400));
                        due += isDue ? 1 : 0;
                        step.setLong(1, a);
                        step.setString(2, id);
                        step.setObject(3, at.atOffset(ZoneOffset.UTC));
                        step.addBatch();
                    }
                    if (a % 2_000 == 0) {
                        account.executeBatch();
                        step.executeBatch();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement statement = c.createStatement()) {
                statement.execute("analyze");
            }
        }
        return due;
    }

    /** Part 2: the outbox sender's delivery rate per channel against a fake Slack that answers at once. */
    static void benchmarkSender() throws Exception {
        SlackConfig config = new SlackConfig();
        try (FakeSlackApi fake = FakeSlackApi.start(); Database db = TestDatabases.h2()) {
            fake.enforceChannelRate(FAKE_SLACK_MIN_INTERVAL);
            config.setMethodsEndpointUrlPrefix(fake.apiUrl());
            Instant now = Instant.now();
            List<String> texts = new ArrayList<>();
            db.jdbi().useTransaction(handle -> {
                for (String channel : CHANNELS) {
                    for (int i = 1; i <= MESSAGES_PER_CHANNEL; i++) {
                        String dedupeKey = "bench:" + channel + ":" + i;
                        JsonObject message = new JsonObject();
                        message.addProperty("text", "benchmark message " + dedupeKey);
                        texts.add(message.get("text").getAsString());
                        Outbox.post(handle, dedupeKey, channel, message, now);
                    }
                }
            });
            try (Slack slack = Slack.getInstance(config)) {
                OutboxSender sender = new OutboxSender(db.jdbi(), slack.methods("xoxb-bench"), Clock.systemUTC(),
                        "bench-sender", PACING, DeadLetters.IGNORE);
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (countOutbox(db, OutboxMessage.PENDING) > 0) {
                    if (System.nanoTime() > deadline) {
                        System.out.println("outbox sender: TIMED OUT after 2 minutes with messages still pending");
                        break;
                    }
                    if (sender.deliverDue(50) < 50) {
                        Thread.sleep(sender.idleWait().toMillis());
                    }
                }
            }
            printSenderFigures(fake, db, texts);
        }
    }

    private static void printSenderFigures(FakeSlackApi fake, Database db, List<String> texts) {
        List<FakeSlackApi.Call> posts = fake.calls("chat.postMessage");
        double limit = 1.0 / (PACING.toMillis() / 1000.0);
        for (String channel : CHANNELS) {
            List<Instant> at = posts.stream().filter(call -> channel.equals(call.params().get("channel")))
                    .map(FakeSlackApi.Call::at).sorted().toList();
            if (at.size() < 2) {
                System.out.printf("outbox sender, channel %s: only %d posts%n", channel, at.size());
                continue;
            }
            long minGap = Long.MAX_VALUE;
            List<String> shortGaps = new ArrayList<>();
            for (int i = 1; i < at.size(); i++) {
                long gap = Duration.between(at.get(i - 1), at.get(i)).toMillis();
                minGap = Math.min(minGap, gap);
                if (gap < FAKE_SLACK_MIN_INTERVAL.toMillis()) {
                    shortGaps.add("post " + (i + 1) + " after " + gap + " ms");
                }
            }
            int delivered = Math.min(at.size(), MESSAGES_PER_CHANNEL); // the rest were answered 429
            double elapsed = Duration.between(at.get(0), at.get(at.size() - 1)).toNanos() / 1e9;
            double rate = (delivered - 1) / elapsed;
            System.out.printf("outbox sender, channel %s: %d messages, %d posts (so %d answered 429), first to last"
                            + " %.2f s, %.3f delivered/s = %.1f%% of the %.2f/s limit; shortest gap %d ms%s%n", channel,
                    MESSAGES_PER_CHANNEL, at.size(), at.size() - MESSAGES_PER_CHANNEL, elapsed, rate, 100 * rate / limit,
                    limit, minGap, shortGaps.isEmpty() ? "" : " " + shortGaps);
        }
        Map<String, Long> postsPerText = posts.stream()
                .collect(Collectors.groupingBy(call -> String.valueOf(call.params().get("text")), Collectors.counting()));
        long neverPosted = texts.stream().filter(text -> !postsPerText.containsKey(text)).count();
        long repeats = posts.size() - (texts.size() - neverPosted);
        boolean exactlyOnce = neverPosted == 0 && repeats == fake.rateLimitedCount()
                && countOutbox(db, OutboxMessage.SENT) == texts.size();
        System.out.printf("429s answered by the fake Slack: %d; outbox rows sent %d of %d (pending %d, dead %d);"
                        + " never posted %d, repeated posts %d: each message delivered exactly once: %s%n",
                fake.rateLimitedCount(), countOutbox(db, OutboxMessage.SENT), texts.size(),
                countOutbox(db, OutboxMessage.PENDING), countOutbox(db, OutboxMessage.DEAD), neverPosted, repeats,
                !exactlyOnce ? "NO" : repeats == 0 ? "yes" : "yes (the repeats are the 429-ed attempts)");
        System.out.printf("goal: within 10%% of %.2f/s per channel, no 429%n", limit);
    }

    private static int countOutbox(Database db, String status) {
        return db.jdbi().withHandle(handle -> handle.createQuery("select count(*) from outbox where status = :status")
                .bind("status", status).mapTo(Integer.class).one());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
