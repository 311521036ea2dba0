package dev.baton.churn;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.api.ApiAuth;
import dev.baton.audit.Audit;
import dev.baton.workflow.ChurnRecorder;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records a churn, applies the retro rule, and kicks the retro off in the same transaction when one is required;
 * other workflows reach it as their {@link ChurnRecorder}.
 */
final class ChurnRecording implements ChurnRecorder {
    /** The actor for churns sent by the CRM through {@code POST /api/churn}. */
    public static final String API_ACTOR = ApiAuth.CRM_ACTOR;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final Optional<String> configuredSponsor;
    private final List<String> categories;
    private final RetroNotifications notifications;

    public ChurnRecording(Jdbi jdbi, Clock clock, AccountAccess access, Optional<String> configuredSponsor,
                          List<String> categories, RetroNotifications notifications) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.configuredSponsor = configuredSponsor;
        this.categories = categories;
        this.notifications = notifications;
    }

    public List<String> categories() {
        return categories;
    }

    public Optional<String> configuredSponsor() {
        return configuredSponsor;
    }

    /** Whether this Slack user may record churn on the account: its team, or a leader. */
    public boolean mayRecord(String userId, Account account) {
        return API_ACTOR.equals(userId) || access.mayChange(userId, account);
    }

    public ChurnRecorded record(String actor, long accountId, ChurnForm form) {
        return jdbi.inTransaction(handle -> record(handle, actor, accountId, form));
    }

    /** {@link #record(String, long, ChurnForm)} in the caller's transaction. */
    ChurnRecorded record(Handle handle, String actor, long accountId, ChurnForm form) {
        ChurnForm.Result result = form.validate(categories);
        if (result instanceof ChurnForm.Invalid invalid) {
            return new ChurnRecorded.Invalid(invalid.problems());
        }
        ChurnInput churn = ((ChurnForm.Valid) result).churn();
        boolean required = RetroRule.required(churn);
        String sponsor = churn.sponsor() != null ? churn.sponsor() : configuredSponsor.orElse(null);
        if (required && sponsor == null) {
            return new ChurnRecorded.Invalid(Map.of(ChurnForm.SPONSOR, "this churn needs a retro: choose the TS "
                    + "churn-retro sponsor (BATON_CHURN_RETRO_SPONSOR is not set)"));
        }
        Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
        if (account.isEmpty()) {
            return new ChurnRecorded.Gone("That account no longer exists.");
        }
        if (!mayRecord(actor, account.get())) {
            return new ChurnRecorded.Forbidden(account.get().name());
        }
        return store(handle, actor, account.get(), churn, required ? sponsor : null);
    }

    @Override
    public ChurnRecorder.Result record(Handle handle, String actor, long accountId, Map<String, String> fields) {
        ChurnRecorded recorded = record(handle, actor, accountId, new ChurnForm(fields));
        if (recorded instanceof ChurnRecorded.Done done) {
            return new ChurnRecorder.Recorded(done.churn().id(), done.retro() != null, done.whyNoRetro());
        }
        if (recorded instanceof ChurnRecorded.Invalid invalid) {
            return new ChurnRecorder.Refused(invalid.problems());
        }
        if (recorded instanceof ChurnRecorded.Forbidden forbidden) {
            return new ChurnRecorder.Refused(Map.of("actor", "only " + forbidden.accountName()
                    + "'s account team or a leader can record its churn"));
        }
        return new ChurnRecorder.Refused(Map.of("crm_id", ((ChurnRecorded.Gone) recorded).what()));
    }

    private ChurnRecorded store(Handle handle, String actor, Account account, ChurnInput input, String sponsor) {
        ChurnDao dao = handle.attach(ChurnDao.class);
        Instant now = clock.instant();
        long id = dao.insert(account.id(), input, sponsor != null, actor, now);
        Churn churn = dao.churn(id).orElseThrow();
        Audit.record(handle, now, actor, account.id(), "churn.recorded", null, churn);
        if (sponsor == null) {
            return new ChurnRecorded.Done(account, churn, null, RetroRule.whyNotRequired(input));
        }
        dao.startRetro(id, sponsor, account.ta(), actor, now);
        Retro retro = dao.retro(id).orElseThrow();
        Audit.record(handle, now, actor, account.id(), "churn.retro.kicked-off", null, retro);
        notifications.kickoff(handle, account, churn, retro, now);
        return new ChurnRecorded.Done(account, churn, retro, "");
    }
}
