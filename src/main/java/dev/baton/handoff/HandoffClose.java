package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Closing a hand-off: the checklist gate (or a leader's override), the stage move, and the hand-over scenario. */
final class HandoffClose {
    static final String ONBOARDING = "1. Onboarding";

    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private final HandoffService cards;
    private final Welcome welcome;
    private final AccountChanges changes;

    public HandoffClose(Jdbi jdbi, AccountAccess access, Clock clock, ZoneId zone, HandoffService cards, Welcome welcome,
                        AccountChanges changes) {
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.cards = cards;
        this.welcome = welcome;
        this.changes = changes;
    }

    public CloseOutcome close(String actor, long accountId, String overrideReason) {
        return jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElse(null);
            if (account == null) {
                return new CloseOutcome.Refused("That account no longer exists.");
            }
            if (!access.mayChange(actor, account)) {
                return new CloseOutcome.Refused("Only " + account.name() + "'s account team or a leader can close it.");
            }
            HandoffCard card = cards.cardOf(handle, account);
            if (card.handoff() != null && card.handoff().closedWonAt() != null) {
                return new CloseOutcome.Refused(account.name() + " is already closed-won.");
            }
            List<String> missing = card.checklist().missingBeforeClose();
            boolean override = overrideReason != null && !overrideReason.isBlank();
            if (!missing.isEmpty() && !(override && access.isLeader(actor))) {
                return new CloseOutcome.Blocked(missing, override
                        ? "Only a leader can close with missing items."
                        : "These block the close. A leader can close anyway with a reason.");
            }
            return new CloseOutcome.Closed(closeWon(handle, actor, account, missing.isEmpty() ? null : overrideReason));
        });
    }

    private String closeWon(Handle handle, String actor, Account account, String override) {
        HandoffDao dao = handle.attach(HandoffDao.class);
        dao.start(account.id(), actor, clock.instant());
        dao.closeWon(account.id(), actor, clock.instant(), override);
        AccountFields before = AccountFields.of(account);
        AccountFields after = before.withClose(ONBOARDING,
                before.contractSignedAt() != null ? before.contractSignedAt() : clock.instant(),
                LocalDate.now(clock.withZone(zone)));
        AccountDao accounts = handle.attach(AccountDao.class);
        accounts.update(account.id(), after, clock.instant());
        Account closed = accounts.findById(account.id()).orElseThrow();
        String scenario = welcome.start(handle, closed);
        Audit.record(handle, clock.instant(), actor, account.id(), "handoff.closed_won",
                Map.of("stage", String.valueOf(account.lifecycleStage())),
                override == null ? Map.of("stage", ONBOARDING, "scenario", scenario)
                        : Map.of("stage", ONBOARDING, "scenario", scenario, "override", override));
        changes.changed(handle, closed);
        return scenario;
    }
}
