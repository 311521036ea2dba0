package dev.baton.usage;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.SendTimeRenders;
import dev.baton.outbox.SlackPost;
import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/** Writes usage alerts (the alert row, its outbox post, its owners' DMs) inside the transaction that caused them. */
final class UsageAlerts {
    /** The name first-use posts are queued under, rendered by {@link #firstUseMessage}. */
    public static final String FIRST_USE_RENDER = "usage-first-use";
    private static final PlainJdbc.Statement ADD_FIRST_USE_ALERT = PlainJdbc.statement(UsageAlerts.class, "addFirstUseAlert");
    private final UsageViews views;
    private final OwnerAlerts owners;
    private final String channel;
    private final boolean alertFirstUses;

    /** Alerts whose owners' DMs go out as soon as queued (the usage tests and benchmark, which set no quiet hours). */
    public UsageAlerts(UsageViews views, String channel) {
        this(views, channel, (user, at) -> at);
    }

    /** {@code awake}: when a DM may reach a person, given the time it is queued ({@code UserZones#nextAwake}). */
    public UsageAlerts(UsageViews views, String channel, BiFunction<String, Instant, Instant> awake) {
        this(views, channel, new OwnerAlerts(views, awake), true);
    }

    private UsageAlerts(UsageViews views, String channel, OwnerAlerts owners, boolean alertFirstUses) {
        this.views = views;
        this.owners = owners;
        this.channel = channel;
        this.alertFirstUses = alertFirstUses;
    }

    /**
     * For a backfill of history ({@code import usage --no-alerts}): the first uses it reveals are recorded
     * but not alerted, and, being recorded, never alerted later; seat alerts are unchanged.
     */
    public UsageAlerts withoutFirstUseAlerts() {
        return new UsageAlerts(views, channel, owners, false);
    }

    /**
     * One alert per first use just created, unless its feature or account is muted; stored and queued in
     * batches. The posts are queued by reference and rendered when sent ({@link #firstUseMessage}): a batch
     * of new features creates hundreds of alerts, and rendering them here cost more than storing the events.
     * They are queued at the channel's next send slots, so the sender does not have to spread them out.
     */
    void firstUses(Handle handle, List<FirstUse> created, ToIntFunction<FirstUse> usersSoFar, Instant now) {
        if (!alertFirstUses) {
            return;
        }
        UsageDao dao = handle.attach(UsageDao.class);
        Mutes mutes = new Mutes(dao.mutes());
        List<FirstUse> alerting = created.stream()
                .filter(use -> !mutes.featureMuted(use.featureKey()) && !mutes.accountMuted(use.accountId())).toList();
        if (alerting.isEmpty()) {
            return;
        }
        List<Long> ids = addFirstUseAlerts(handle, alerting, usersSoFar, now);
        List<SlackPost> posts = new ArrayList<>(alerting.size());
        for (int i = 0; i < alerting.size(); i++) {
            FirstUse use = alerting.get(i);
            posts.add(new SlackPost("usage-first:" + use.accountId() + ":" + use.featureKey(), channel,
                    UsageAlert.targetKey(ids.get(i)), SendTimeRenders.reference(FIRST_USE_RENDER, ids.get(i).toString())));
        }
        owners.firstUses(handle, alerting, ids, now);
        Outbox.poster(handle).postAllPaced(posts, now, Outbox.CHANNEL_PACE); // last: it locks the channel's row
    }

    /** Stores the alerts in one plain JDBC batch ({@link PlainJdbc}); answers their ids in order. */
    private static List<Long> addFirstUseAlerts(Handle handle, List<FirstUse> uses, ToIntFunction<FirstUse> usersSoFar,
                                                Instant now) {
        Timestamp createdAt = Timestamp.from(now);
        List<Long> ids = PlainJdbc.insertBatch(handle, ADD_FIRST_USE_ALERT, uses, (params, use) -> params
                .set("kind", UsageAlert.FIRST_USE).set("accountId", use.accountId()).set("featureKey", use.featureKey())
                .set("feature", use.feature()).set("happenedAt", use.firstAt())
                .set("usersCount", usersSoFar.applyAsInt(use)).set("createdAt", createdAt), "id").keys();
        if (ids.size() != uses.size()) {
            throw new IllegalStateException("the database answered " + ids.size() + " ids for " + uses.size() + " alerts");
        }
        return ids;
    }

    /** The first-use post as it stands when the outbox sends it; empty when the alert or its account is gone. */
    Optional<JsonObject> firstUseMessage(Handle handle, String alertId) {
        UsageDao dao = handle.attach(UsageDao.class);
        return dao.alert(Long.parseLong(alertId)).flatMap(alert -> handle.attach(AccountDao.class)
                .findById(alert.accountId()).map(account -> views.alert(alert, account, new Mutes(dao.mutes()))));
    }

    /** A first-use DM to an owner as it stands when the outbox sends it ({@link OwnerAlerts#firstUseMessage}). */
    Optional<JsonObject> firstUseOwnerMessage(Handle handle, String ref) {
        return owners.firstUseMessage(handle, ref);
    }

    /** A seat alert (under-used or near the limit), posted and DM'd to the owners who asked; answers its id. */
    long seats(Handle handle, Account account, String state, SeatReport report, Instant now) {
        UsageDao dao = handle.attach(UsageDao.class);
        long id = dao.addAlert(state, account.id(), null, null, report.asOf(), null, report.activeUsers(),
                report.seatsPurchased(), now);
        UsageAlert alert = new UsageAlert(id, state, account.id(), null, null, report.asOf(), null,
                report.activeUsers(), report.seatsPurchased(), null, null, null, null, now);
        Outbox.postAt(handle, "usage-seats:" + id, channel, alert.targetKey(),
                views.alert(alert, account, new Mutes(List.of())), now, now);
        owners.seats(handle, account, alert, now);
        return id;
    }

    /** The back-to-healthy note, threaded under the alert it closes. */
    void backToHealthy(Handle handle, Account account, long alertId, SeatReport report, Instant now) {
        Outbox.postInThread(handle, "usage-healthy:" + alertId, channel, UsageAlert.targetKey(alertId),
                views.backToHealthy(account, report.activeUsers(), report.seatsPurchased(), report.asOf()), now);
    }
}
