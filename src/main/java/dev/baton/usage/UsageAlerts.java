package dev.baton.usage;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.SlackPost;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Writes usage alerts (the alert row and its outbox post) inside the transaction that caused them. */
public final class UsageAlerts {
    private final UsageViews views;
    private final String channel;

    public UsageAlerts(UsageViews views, String channel) {
        this.views = views;
        this.channel = channel;
    }

    /** One alert per first use just created, unless its feature or account is muted; stored and queued in batches. */
    void firstUses(Handle handle, List<FirstUse> created, ToIntFunction<FirstUse> usersSoFar, Instant now) {
        UsageDao dao = handle.attach(UsageDao.class);
        Mutes mutes = new Mutes(dao.mutes());
        List<FirstUse> alerting = created.stream()
                .filter(use -> !mutes.featureMuted(use.featureKey()) && !mutes.accountMuted(use.accountId())).toList();
        if (alerting.isEmpty()) {
            return;
        }
        List<NewAlert> rows = alerting.stream().map(use -> NewAlert.firstUse(use, usersSoFar.applyAsInt(use))).toList();
        List<Long> ids = dao.addAlerts(rows, now);
        Map<Long, Account> accounts = accounts(handle, alerting);
        List<SlackPost> posts = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            FirstUse use = alerting.get(i);
            UsageAlert alert = rows.get(i).stored(ids.get(i), now);
            posts.add(new SlackPost("usage-first:" + use.accountId() + ":" + use.featureKey(), channel,
                    alert.targetKey(), views.alert(alert, accounts.get(use.accountId()), mutes).toString()));
        }
        Outbox.poster(handle).postAllAt(posts, now, now);
    }

    private static Map<Long, Account> accounts(Handle handle, List<FirstUse> uses) {
        Set<Long> ids = new HashSet<>();
        uses.forEach(use -> ids.add(use.accountId()));
        Map<Long, Account> accounts = new HashMap<>();
        long[] wanted = ids.stream().mapToLong(Long::longValue).toArray();
        handle.attach(AccountDao.class).findByIds(wanted).forEach(account -> accounts.put(account.id(), account));
        if (accounts.size() != ids.size()) {
            throw new IllegalStateException((ids.size() - accounts.size())
                    + " accounts gone while their first uses were stored");
        }
        return accounts;
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
