package dev.baton.usage;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Seat-usage reports: keeps each account's utilisation state and alerts once per change of state (unless
 * snoozed or muted); a recovered account gets one back-to-healthy note in the alert's thread.
 */
final class SeatUtilisation {
    static final String ACTOR = "api:usage";

    private final Jdbi jdbi;
    private final Clock clock;
    private final SeatThresholds thresholds;
    private final UsageAlerts alerts;

    public SeatUtilisation(Jdbi jdbi, Clock clock, SeatThresholds thresholds, UsageAlerts alerts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.thresholds = thresholds;
        this.alerts = alerts;
    }

    /** Applies one report; the answer item carries the state, or the reason it was rejected. */
    public JsonObject report(SeatReport report) {
        JsonObject answer = new JsonObject();
        answer.addProperty("account", report.crmId());
        jdbi.useTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findByCrmId(report.crmId());
            if (account.isEmpty()) {
                answer.addProperty("status", "rejected");
                answer.addProperty("reason", "unknown account " + report.crmId());
                return;
            }
            apply(handle, account.get(), report, answer);
            dev.baton.account.HealthDirty.mark(handle, account.get().id(), clock.instant());
        });
        return answer;
    }

    private void apply(Handle handle, Account account, SeatReport report, JsonObject answer) {
        Instant now = clock.instant();
        UsageDao dao = handle.attach(UsageDao.class);
        dao.ensureSeatState(account.id(), now);
        SeatState before = dao.lockSeatState(account.id());
        answer.addProperty("status", "accepted");
        if (before.asOf() != null && report.asOf().isBefore(before.asOf())) {
            answer.addProperty("state", before.state());
            answer.addProperty("note", "older than the report as of " + before.asOf() + "; state unchanged");
            return;
        }
        String state = thresholds.stateOf(report, account.closedWonDate());
        Long alertId = before.alertId();
        if (!state.equals(before.state())) {
            alertId = changed(handle, account, before, state, report, now);
            Audit.record(handle, now, ACTOR, account.id(), "usage.seat_state", Map.of("state", before.state()),
                    Map.of("state", state, "active_users", report.activeUsers(),
                            "seats_purchased", report.seatsPurchased(), "as_of", report.asOf().toString()));
        }
        dao.saveSeatState(account.id(), state, report.activeUsers(), report.seatsPurchased(), report.asOf(),
                alertId, now);
        answer.addProperty("state", state);
        answer.addProperty("changed", !state.equals(before.state()));
    }

    /** Posts what the change calls for; answers the open alert's id afterwards (null when none). */
    private Long changed(Handle handle, Account account, SeatState before, String state, SeatReport report,
                         Instant now) {
        boolean muted = handle.attach(UsageDao.class).muted(UsageMute.ACCOUNT, Long.toString(account.id()));
        if (SeatThresholds.HEALTHY.equals(state)) {
            if (before.alertId() != null && !muted) {
                alerts.backToHealthy(handle, account, before.alertId(), report, now);
            }
            return null;
        }
        if (muted || before.snoozedAt(now)) {
            return null;
        }
        return alerts.seats(handle, account, state, report, now);
    }
}
