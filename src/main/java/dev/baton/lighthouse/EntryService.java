package dev.baton.lighthouse;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.LighthouseNominations;
import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import dev.baton.workflow.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How accounts enter the program: a red rating's nomination taken up on the next pass (exactly once across instances,
 * by the nomination's status), or nominated ad hoc from the card by the AE, the TA or a leader with a reason.
 */
final class EntryService {
    static final int BATCH = 100;

    private final Jdbi jdbi;
    private final Clock clock;
    private final LighthousePeople people;
    private final LighthouseViews views;

    EntryService(Jdbi jdbi, Clock clock, LighthousePeople people, LighthouseViews views) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.people = people;
        this.views = views;
    }

    /**
     * Takes up the nominations red ratings wrote; answers how many this instance enrolled. A nomination of an account
     * already in the program is marked enrolled with the program it is in, so it is not read again.
     */
    int enrollNominated() {
        return jdbi.inTransaction(handle -> {
            LighthouseDao dao = handle.attach(LighthouseDao.class);
            int enrolled = 0;
            for (LighthouseNomination nomination : dao.nominated(BATCH)) {
                Optional<Account> account = handle.attach(AccountDao.class).findById(nomination.accountId());
                boolean inAlready = dao.current(nomination.accountId()).isPresent();
                if (dao.enroll(nomination.id()) == 1 && account.isPresent() && !inAlready) {
                    Programs.enter(handle, nomination.id(), account.get(), nomination.nominatedBy(), nomination.reason(),
                            clock.instant());
                    enrolled++;
                }
            }
            return enrolled;
        });
    }

    Change openNominate(String actor, long accountId, String responseUrl) {
        return jdbi.withHandle(handle -> refusal(handle, actor, accountId).orElseGet(() -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElseThrow();
            return new Change.Show(views.modal("nominate-modal.json.ftl", Map.of("account", account,
                    "metadata", new LighthouseState(accountId, responseUrl).toJson())));
        }));
    }

    Change nominate(String actor, long accountId, String reason) {
        if (reason == null) {
            return new Change.Invalid(Map.of(LighthouseIds.FIELD_REASON,
                    "Say why the account needs the program."));
        }
        return jdbi.inTransaction(handle -> {
            Optional<Change> refused = refusal(handle, actor, accountId);
            if (refused.isPresent()) {
                return refused.get();
            }
            Account account = handle.attach(AccountDao.class).findById(accountId).orElseThrow();
            Instant now = clock.instant();
            long nomination = handle.attach(LighthouseDao.class).addNomination(accountId, actor, now, reason);
            Audit.record(handle, now, actor, accountId, "lighthouse.nominated", null, Map.of("reason", reason));
            Programs.enter(handle, nomination, account, actor, reason, now);
            tellLeaders(handle, account, actor, reason, now);
            return new Change.Done(account.name() + " is in the Lighthouse program.", accountId);
        });
    }

    private void tellLeaders(Handle handle, Account account, String actor, String reason, Instant now) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("by", actor);
        model.put("reason", reason);
        for (String leader : people.leaders()) {
            Outbox.post(handle, "lighthouse-entered:" + account.id() + ":" + now.toEpochMilli() + ":" + leader, leader,
                    views.message("entered-dm.json.ftl", model), now);
        }
    }

    private Optional<Change> refusal(Handle handle, String actor, long accountId) {
        Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
        if (account.isEmpty()) {
            return Optional.of(new Change.Refused("That account no longer exists."));
        }
        if (!people.mayNominate(actor, account.get())) {
            return Optional.of(new Change.Refused("Only " + account.get().name()
                    + "'s AE, its TA or a leader can nominate it for the Lighthouse program."));
        }
        if (handle.attach(LighthouseDao.class).current(accountId).isPresent()
                || LighthouseNominations.current(handle, accountId).isPresent()) {
            return Optional.of(new Change.Refused(account.get().name() + " is already in the program."));
        }
        return Optional.empty();
    }
}
