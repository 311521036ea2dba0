package dev.baton.handoff;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountDirectory;
import dev.baton.account.AccountFields;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Starts hand-offs, builds the card, and lets leaders set the support level, segmentation and TA. */
final class HandoffService {
    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final AccountChanges changes;
    private final HandoffViews views;

    public HandoffService(Jdbi jdbi, AccountAccess access, Clock clock, AccountChanges changes, HandoffViews views) {
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.changes = changes;
        this.views = views;
    }

    public boolean isLeader(String user) {
        return access.isLeader(user);
    }

    /** Creates or updates the account from the form (matched by CRM id, then exact name) and starts its hand-off. */
    public long start(String actor, StartForm form) {
        return jdbi.inTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            Optional<Account> existing = form.crmId() != null && !form.crmId().isEmpty()
                    ? accounts.findByCrmId(form.crmId()) : Optional.empty();
            if (existing.isEmpty()) {
                existing = accounts.findByNameKey(AccountDirectory.key(form.name())).stream().findFirst();
            }
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                AccountFields before = AccountFields.of(existing.get());
                AccountFields after = form.applyTo(before);
                accounts.update(id, after, clock.instant());
                Audit.record(handle, clock.instant(), actor, id, "account.updated", before, after);
            } else {
                AccountFields fields = form.applyTo(AccountFields.named(form.name(), null));
                id = accounts.insert(fields, clock.instant());
                Audit.record(handle, clock.instant(), actor, id, "account.created", null, fields);
            }
            if (handle.attach(HandoffDao.class).start(id, actor, clock.instant()) == 1) {
                Audit.record(handle, clock.instant(), actor, id, "handoff.started", null, Map.of("stage", "0. Prospect"));
            }
            accounts.findById(id).ifPresent(account -> changes.changed(handle, account));
            return id;
        });
    }

    public Optional<HandoffCard> card(long accountId) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .map(account -> cardOf(handle, account)));
    }

    HandoffCard cardOf(Handle handle, Account account) {
        return HandoffCards.of(handle, account, LocalDate.now(clock));
    }

    /** A leader sets the support level, segmentation and TA; a new TA is told, and the AE gets the introduction. */
    public Optional<String> assign(String actor, long accountId, TaSupportLevel supportLevel, TaSegmentation segmentation,
                                   String ta) {
        if (!access.isLeader(actor)) {
            return Optional.of("Only leaders (BATON_LEADERS) set the support level and segmentation and assign the TA.");
        }
        return jdbi.inTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            Optional<Account> account = accounts.findById(accountId);
            if (account.isEmpty()) {
                return Optional.of("That account no longer exists.");
            }
            AccountFields before = AccountFields.of(account.get());
            AccountFields after = before.withSupport(supportLevel, segmentation, ta);
            accounts.update(accountId, after, clock.instant());
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.assigned",
                    Map.of("support_level", String.valueOf(before.taSupportLevel()), "segmentation",
                            String.valueOf(before.taSegmentation()), "ta", String.valueOf(before.ta())),
                    Map.of("support_level", supportLevel.stored(), "segmentation", segmentation.stored(), "ta",
                            String.valueOf(ta)));
            Account updated = accounts.findById(accountId).orElseThrow();
            if (ta != null && !ta.equals(before.ta())) {
                tellNewTa(handle, cardOf(handle, updated));
            }
            changes.changed(handle, updated);
            return Optional.<String>empty();
        });
    }

    /** Posts the card, without buttons, to the channel it was opened in; false when the account is gone. */
    public boolean share(String actor, long accountId, String channel) {
        return jdbi.inTransaction(handle -> handle.attach(AccountDao.class).findById(accountId).map(account -> {
            Outbox.post(handle, "handoff-share:" + accountId + ":" + channel + ":" + clock.millis(), channel,
                    views.sharedCard(cardOf(handle, account)), clock.instant());
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.shared", null, Map.of("channel", channel));
            return true;
        }).orElse(false));
    }

    private void tellNewTa(Handle handle, HandoffCard card) {
        Account a = card.account();
        JsonObject toTa = views.taAssigned(card);
        Outbox.post(handle, "handoff-ta:" + a.id() + ":" + a.ta(), a.ta(), toTa, clock.instant());
        if (a.ae() != null) {
            Outbox.post(handle, "handoff-ta-intro:" + a.id() + ":" + a.ta(), a.ae(), views.taIntroduction(card),
                    clock.instant());
        }
    }
}
