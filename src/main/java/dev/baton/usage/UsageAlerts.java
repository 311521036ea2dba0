package dev.baton.usage;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Writes usage alerts (the alert row and its outbox post) inside the transaction that caused them. */
public final class UsageAlerts {
    private final UsageViews views;
    private final String channel;

    public UsageAlerts(UsageViews views, String channel) {
        this.views = views;
        this.channel = channel;
    }

    /** One alert per first use just created, unless its feature or account is muted. */
    void firstUses(Handle handle, List<FirstUse> created, ToIntFunction<FirstUse> usersSoFar, Instant now) {
        UsageDao dao = handle.attach(UsageDao.class);
        AccountDao accountDao = handle.attach(AccountDao.class);
        Map<Long, Account> accounts = new HashMap<>();
        Mutes mutes = new Mutes(dao.mutes());
        Outbox.Poster outbox = Outbox.poster(handle);
        for (FirstUse use : created) {
            if (mutes.featureMuted(use.featureKey()) || mutes.accountMuted(use.accountId())) {
                continue;
            }
            Account account = accounts.computeIfAbsent(use.accountId(), id -> accountDao.findById(id).orElseThrow());
            int users = usersSoFar.applyAsInt(use);
            long id = dao.addAlert(UsageAlert.FIRST_USE, use.accountId(), use.featureKey(), use.feature(),
                    use.firstAt(), users, null, null, now);
            UsageAlert alert = new UsageAlert(id, UsageAlert.FIRST_USE, use.accountId(), use.featureKey(),
                    use.feature(), use.firstAt(), users, null, null, null, null, null, null, now);
            outbox.postAt("usage-first:" + use.accountId() + ":" + use.featureKey(), channel, alert.targetKey(),
                    views.alert(alert, account, mutes), now, now);
        }
    }

    /** A seat alert (under-used or near the limit); answers its id. */
    long seats(Handle handle, Account account, String state, SeatReport report, Instant now) {
        UsageDao dao = handle.attach(UsageDao.class);
        long id = dao.addAlert(state, account.id(), null, null, report.asOf(), null, report.activeUsers(),
                report.seatsPurchased(), now);
        UsageAlert alert = new UsageAlert(id, state, account.id(), null, null, report.asOf(), null,
                report.activeUsers(), report.seatsPurchased(), null, null, null, null, now);
        Outbox.postAt(handle, "usage-seats:" + id, channel, alert.targetKey(),
                views.alert(alert, account, new Mutes(List.of())), now, now);
        return id;
    }

    /** The back-to-healthy note, threaded under the alert it closes. */
    void backToHealthy(Handle handle, Account account, long alertId, SeatReport report, Instant now) {
        Outbox.postInThread(handle, "usage-healthy:" + alertId, channel, UsageAlert.targetKey(alertId),
                views.backToHealthy(account, report.activeUsers(), report.seatsPurchased(), report.asOf()), now);
    }
}
