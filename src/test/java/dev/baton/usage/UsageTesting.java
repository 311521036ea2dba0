package dev.baton.usage;

import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Helpers for the usage tests: services on a test database, events and queued alerts. */
final class UsageTesting {
    static final String CHANNEL = "#alerts-customer-usage";
    static final UsageViews VIEWS = new UsageViews(new BlockKit(new Templates(Path.of("templates"))), java.time.ZoneId.of("UTC"));
    static final UsageAlerts ALERTS = new UsageAlerts(VIEWS, CHANNEL);

    private UsageTesting() {
    }

    static UsageIngest ingest(Database db, Clock clock) {
        return new UsageIngest(db.jdbi(), clock, ALERTS);
    }

    static SeatUtilisation seats(Database db, Clock clock) {
        return new SeatUtilisation(db.jdbi(), clock, new SeatThresholds(50, 95, 60), ALERTS);
    }

    static UsageEvent event(String account, String feature, String user, String at) {
        return UsageEvent.parse(account, feature, user, at, Instant.parse("2026-12-01T00:00:00Z"));
    }

    /** A query on a fresh handle, typed for AssertJ (Jdbi's generic callbacks confuse its overloads). */
    static <T> T read(Database db, java.util.function.Function<org.jdbi.v3.core.Handle, T> query) {
        try (org.jdbi.v3.core.Handle handle = db.jdbi().open()) {
            return query.apply(handle);
        }
    }

    static java.util.Optional<FirstUse> firstUse(Database db, long accountId, String featureKey) {
        return db.jdbi().withHandle(h -> h.attach(UsageDao.class).firstUse(accountId, featureKey));
    }

    static List<OutboxMessage> queued(Database db, String prefix) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix));
    }

    /** What a queued first-use post shows when the outbox sends it (it is queued by reference). */
    static String shown(Database db, OutboxMessage post) {
        String ref = com.google.gson.JsonParser.parseString(post.payload()).getAsJsonObject().get("ref").getAsString();
        return read(db, handle -> ALERTS.firstUseMessage(handle, ref).orElseThrow().toString());
    }
}
