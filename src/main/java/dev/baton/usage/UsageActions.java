package dev.baton.usage;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What people do with a usage alert: acknowledge, snooze seat alerts 30 days, and (leaders) mute. Audited. */
final class UsageActions {
    public static final Duration SNOOZE = Duration.ofDays(30);

    /** The message to show: the alert re-rendered in place, or an ephemeral notice to the actor. */
    public record Answer(JsonObject message, boolean replace) {
    }

    private final Jdbi jdbi;
    private final AccountAccess access;
    private final UsageViews views;
    private final Clock clock;

    public UsageActions(Jdbi jdbi, AccountAccess access, UsageViews views, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    public Answer acknowledge(String actor, long alertId) {
        return act(alertId, (handle, alert, now) -> {
            if (handle.attach(UsageDao.class).acknowledge(alertId, actor, now) != 1) {
                return null;
            }
            Audit.record(handle, now, actor, alert.accountId(), "usage.acknowledged", null,
                    Map.of("alert", alertId, "kind", alert.kind()));
            return null;
        });
    }

    /** No seat alerts for the account for 30 days; shown on the alert. */
    public Answer snooze(String actor, long alertId) {
        return act(alertId, (handle, alert, now) -> {
            UsageDao dao = handle.attach(UsageDao.class);
            Instant until = now.plus(SNOOZE);
            dao.snoozeAlert(alertId, actor, until);
            dao.ensureSeatState(alert.accountId(), now);
            dao.snoozeSeats(alert.accountId(), until, now);
            Audit.record(handle, now, actor, alert.accountId(), "usage.snoozed", null,
                    Map.of("alert", alertId, "seat_alerts_until", until.toString()));
            return null;
        });
    }

    /** Mutes (or unmutes) the alert's feature or account; leaders only. */
    public Answer mute(String actor, long alertId, String kind, boolean mute) {
        if (!access.isLeader(actor)) {
            return new Answer(views.notice("Only leaders (BATON_LEADERS) can mute or unmute usage alerts."), false);
        }
        return act(alertId, (handle, alert, now) -> {
            boolean feature = UsageMute.FEATURE.equals(kind);
            if (feature && alert.featureKey() == null) {
                return "Seat alerts have no feature to mute.";
            }
            String subject = feature ? alert.featureKey() : Long.toString(alert.accountId());
            UsageDao dao = handle.attach(UsageDao.class);
            int changed = mute ? dao.mute(kind, subject, actor, now) : dao.unmute(kind, subject);
            if (changed == 1) {
                Audit.record(handle, now, actor, feature ? null : alert.accountId(),
                        mute ? "usage.muted" : "usage.unmuted", null, Map.of(kind, subject, "alert", alertId));
            }
            return null;
        });
    }

    /** The account an alert is about, for Open account. */
    public Optional<Long> accountOf(long alertId) {
        return jdbi.withExtension(UsageDao.class, dao -> dao.alert(alertId).map(UsageAlert::accountId));
    }

    /** Runs the change; a null result re-renders the alert in place, a text is a notice to the actor. */
    private Answer act(long alertId, Change change) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            UsageDao dao = handle.attach(UsageDao.class);
            Optional<UsageAlert> alert = dao.alert(alertId);
            if (alert.isEmpty()) {
                return new Answer(views.notice("That alert no longer exists."), false);
            }
            String notice = change.apply(handle, alert.get(), now);
            if (notice != null) {
                return new Answer(views.notice(notice), false);
            }
            Optional<Account> account = handle.attach(AccountDao.class).findById(alert.get().accountId());
            if (account.isEmpty()) {
                return new Answer(views.notice("That account no longer exists."), false);
            }
            return new Answer(views.alert(dao.alert(alertId).orElseThrow(), account.get(), new Mutes(dao.mutes())), true);
        });
    }

    @FunctionalInterface
    private interface Change {
        String apply(Handle handle, UsageAlert alert, Instant now);
    }
}
