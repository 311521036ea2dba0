package dev.baton.forecast;

import dev.baton.account.AccountAccess;
import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets the AE's projected outcome of a renewal against the rating that stands, audited; an outcome that contradicts
 * the rating carries a reason, and the AE's manager (the leaders when the account names none) is told by DM.
 */
final class ForecastService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final ForecastViews views;

    ForecastService(Jdbi jdbi, Clock clock, AccountAccess access, ForecastViews views) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.views = views;
    }

    sealed interface Saved {
    }

    /** Stored; {@code told} are the managers DM'd about a contradiction (none when there was none). */
    record Done(RenewalCycle cycle, List<String> told) implements Saved {
    }

    /** Problems by form field; {@code outcome} carries those about the renewal itself. */
    record Refused(Map<String, String> problems) implements Saved {
    }

    /** Whether the user may forecast the renewal: its AE, the AE's manager, or a leader. */
    boolean mayForecast(String userId, RenewalCycle cycle) {
        return access.isLeader(userId) || userId.equals(cycle.ae()) || userId.equals(cycle.aeManager());
    }

    RenewalCycle cycle(long id) {
        return jdbi.withExtension(ForecastDao.class, dao -> dao.cycle(id)).orElse(null);
    }

    Saved save(String actor, long cycleId, ForecastForm form) {
        return jdbi.inTransaction(handle -> {
            ForecastDao dao = handle.attach(ForecastDao.class);
            RenewalCycle before = dao.cycle(cycleId).orElse(null);
            String refusal = before == null ? "This renewal no longer exists."
                    : !before.open() ? "This renewal was processed on " + before.processedOn() + ": its forecast is closed."
                    : !mayForecast(actor, before) ? "Only " + before.accountName() + "'s AE, the AE's manager or a leader "
                    + "can forecast its renewal." : null;
            if (refusal != null) {
                return new Refused(Map.of(ForecastForm.OUTCOME, refusal));
            }
            ForecastForm.Result result = form.validate(before);
            if (result instanceof ForecastForm.Invalid invalid) {
                return new Refused(invalid.problems());
            }
            ForecastForm.Valid valid = (ForecastForm.Valid) result;
            Instant now = clock.instant();
            dao.saveForecast(cycleId, valid.outcome().code(), valid.arrAfterCents(), valid.reason(), actor, now);
            RenewalCycle after = dao.cycle(cycleId).orElseThrow();
            Audit.record(handle, now, actor, after.accountId(), "forecast.set", Forecast.of(before), Forecast.of(after));
            List<String> told = valid.contradicts() ? tellManagers(handle, after, actor, now) : List.of();
            return new Done(after, told);
        });
    }

    private List<String> tellManagers(Handle handle, RenewalCycle cycle, String actor, Instant now) {
        Set<String> leaders = access.leaders();
        List<String> managers = cycle.aeManager() != null && !cycle.aeManager().isBlank() ? List.of(cycle.aeManager())
                : leaders.stream().sorted().toList();
        var message = views.contradiction(cycle, actor);
        for (String manager : managers) {
            Outbox.post(handle, "forecast:" + cycle.id() + ":" + now.toEpochMilli() + ":" + manager, manager, message, now);
        }
        return managers;
    }

    /** The forecast as the audit log keeps it. */
    record Forecast(String outcome, Long arrAfterCents, String reason, String rating, String by) {
        static Forecast of(RenewalCycle cycle) {
            return new Forecast(cycle.forecastOutcome(), cycle.forecastArrAfterCents(), cycle.forecastReason(),
                    cycle.forecastRating(), cycle.forecastBy());
        }
    }
}
