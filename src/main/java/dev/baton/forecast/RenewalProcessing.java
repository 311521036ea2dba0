package dev.baton.forecast;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.AccountUpdate;
import dev.baton.account.Money;
import dev.baton.api.ApiAuth;
import dev.baton.audit.Audit;
import dev.baton.workflow.ChurnRecorder;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Processes a renewal in one transaction: closes the open cycle (or records a processed one when none was open),
 * records a churn outcome through the churn workflow's own recording (so its retro rule decides the retro), and
 * moves the account's ARR, seats and renewal date on through the account-change path, so the timeline arms the
 * next cycle. The same account and day twice is answered with the first processing, changing nothing.
 */
final class RenewalProcessing {
    /** The actor for renewals sent by the CRM through {@code POST /api/renewals}, whom churn's recording admits too. */
    static final String API_ACTOR = ApiAuth.CRM_ACTOR;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final AccountChanges changes;
    private final ChurnRecorder churns;

    RenewalProcessing(Jdbi jdbi, Clock clock, AccountAccess access, AccountChanges changes, ChurnRecorder churns) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.changes = changes;
        this.churns = churns;
    }

    sealed interface Processed {
    }

    /** {@code churn} is null for a flat or incremental renewal. */
    record Done(RenewalCycle cycle, Account account, ChurnRecorder.Recorded churn) implements Processed {
    }

    /** Processed before, on the same day: nothing changed. */
    record Already(RenewalCycle cycle) implements Processed {
    }

    record Refused(Map<String, String> problems) implements Processed {
    }

    /** Rolls the transaction back when the churn recording refuses what the renewal already wrote. */
    private static final class Refusal extends RuntimeException {
        private final Map<String, String> problems;

        Refusal(Map<String, String> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** Processes the renewal of the account; {@code cycleId} names the cycle (from Slack), null takes its open one. */
    Processed process(String actor, long accountId, Long cycleId, RenewalForm form) {
        try {
            return jdbi.inTransaction(handle -> process(handle, actor, accountId, cycleId, form));
        } catch (Refusal refusal) {
            return new Refused(refusal.problems);
        }
    }

    private Processed process(Handle handle, String actor, long accountId, Long cycleId, RenewalForm form) {
        Account account = handle.attach(AccountDao.class).findById(accountId).orElse(null);
        if (account == null) {
            return new Refused(Map.of("crm_id", "that account no longer exists"));
        }
        if (!API_ACTOR.equals(actor) && !access.mayChange(actor, account)) {
            return new Refused(Map.of(RenewalForm.OUTCOME, "only " + account.name() + "'s account team or a leader "
                    + "can process its renewal"));
        }
        ForecastDao dao = handle.attach(ForecastDao.class);
        // before validating: a retry meets the account as the first processing left it
        var earlier = form.renewedOn().flatMap(day -> dao.processedOn(accountId, day));
        if (earlier.isPresent()) {
            return new Already(earlier.get());
        }
        RenewalForm.Result result = form.validate(account);
        if (result instanceof RenewalForm.Invalid invalid) {
            return new Refused(invalid.problems());
        }
        RenewalForm.Valid valid = (RenewalForm.Valid) result;
        Instant now = clock.instant();
        Claim claim = claim(dao, account, cycleId, valid, actor, now);
        if (!claim.taken()) {
            return new Already(dao.cycle(claim.cycleId()).orElseThrow());
        }
        ChurnRecorder.Recorded churn = valid.outcome().churn() ? recordChurn(handle, actor, account, valid) : null;
        if (churn != null) {
            dao.linkChurn(claim.cycleId(), churn.churnId());
        }
        Account moved = AccountUpdate.save(handle, now, actor, account, AccountFields.of(account)
                .withRenewal(valid.arrAfterCents(), valid.seatsAfter(), valid.nextRenewal()), changes);
        RenewalCycle cycle = dao.cycle(claim.cycleId()).orElseThrow();
        Audit.record(handle, now, actor, accountId, "renewal.processed", null, cycle);
        return new Done(cycle, moved, churn);
    }

    /** The cycle this processing closes, and whether it did (false: another processing closed it first). */
    private record Claim(long cycleId, boolean taken) {
    }

    /** Closes the named or the open cycle, or records a processed one for the renewal date when none is open. */
    private static Claim claim(ForecastDao dao, Account account, Long cycleId, RenewalForm.Valid valid, String actor,
                               Instant now) {
        Long id = cycleId != null ? cycleId : dao.openCycle(account.id()).map(RenewalCycle::id).orElse(null);
        String outcome = valid.outcome().code();
        if (id != null) {
            return new Claim(id, dao.markProcessed(id, outcome, valid.arrAfterCents(), valid.seatsAfter(),
                    valid.renewedOn(), actor, now) == 1);
        }
        LocalDate date = account.renewalDate() != null ? account.renewalDate() : valid.renewedOn();
        boolean taken = dao.insertProcessed(account.id(), date, outcome, valid.arrAfterCents(), valid.seatsAfter(),
                valid.renewedOn(), actor, now) == 1;
        return new Claim(dao.forDate(account.id(), date).orElseThrow().id(), taken);
    }

    private ChurnRecorder.Recorded recordChurn(Handle handle, String actor, Account account, RenewalForm.Valid valid) {
        long before = account.arrCents() == null ? 0 : account.arrCents();
        int seatsBefore = account.seatsPurchased() == null ? valid.seatsAfter() : account.seatsPurchased();
        Map<String, String> fields = new LinkedHashMap<>(valid.churnFields());
        fields.put("kind", valid.outcome().churnKind());
        fields.put("arr_before", Money.plain(before));
        fields.put("arr_after", Money.plain(valid.arrAfterCents()));
        fields.put("seats_before", String.valueOf(seatsBefore));
        fields.put("seats_after", String.valueOf(valid.seatsAfter()));
        fields.put("effective_date", valid.renewedOn().toString());
        ChurnRecorder.Result recorded = churns.record(handle, actor, account.id(), fields);
        if (recorded instanceof ChurnRecorder.Refused refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            // the churn's fields by the renewal's names: the one the CRM or the form can fix
            refused.problems().forEach((field, problem) -> problems.put(renewalField(field), problem));
            throw new Refusal(problems);
        }
        return (ChurnRecorder.Recorded) recorded;
    }

    private static String renewalField(String churnField) {
        return switch (churnField) {
            case "effective_date" -> RenewalForm.RENEWED_ON;
            case "arr_before", "kind" -> RenewalForm.OUTCOME;
            case "seats_before" -> RenewalForm.SEATS_AFTER;
            default -> churnField;
        };
    }
}
