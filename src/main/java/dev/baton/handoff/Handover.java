package dev.baton.handoff;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.ServiceModel;
import dev.baton.audit.Audit;
import dev.baton.config.ExpandTeam;
import dev.baton.outbox.Outbox;
import dev.baton.store.StoredText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** After the close: the production license, and the First Order to Expand hand-over checklist. */
final class Handover {
    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final HandoffViews views;
    private final AccountChanges changes;
    private final ExpandTeam expandTeam;

    public Handover(Jdbi jdbi, AccountAccess access, Clock clock, HandoffViews views, AccountChanges changes,
                    ExpandTeam expandTeam) {
        this.jdbi = jdbi;
        this.expandTeam = expandTeam;
        this.access = access;
        this.clock = clock;
        this.views = views;
        this.changes = changes;
    }

    /** Who records the license: the TA (the CE for Scaled accounts), or a leader. */
    static boolean mayRecordLicense(String user, Account account, AccountAccess access) {
        String owner = account.serviceModel() == ServiceModel.SCALED ? account.ce() : account.ta();
        return access.isLeader(user) || user.equals(owner) || (owner == null && account.onTeam(user));
    }

    public Optional<String> recordLicense(String actor, long accountId, String keyId, int seats, LocalDate expires) {
        return jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElse(null);
            if (account == null) {
                return Optional.of("That account no longer exists.");
            }
            if (!mayRecordLicense(actor, account, access)) {
                return Optional.of("The " + (account.serviceModel() == ServiceModel.SCALED ? "CE" : "TA")
                        + " or a leader records the production license.");
            }
            handle.attach(HandoffDao.class).recordLicense(accountId, keyId, seats, expires, actor);
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.license_recorded", null,
                    Map.of("key_id", keyId, "seats", seats, "expires", expires.toString()));
            return Optional.<String>empty();
        });
    }

    /** Saves the hand-over checklist; when every item is done the account and its renewal move to the Expand AE. */
    public Optional<String> saveChecklist(String actor, long accountId, String expandAe, Set<String> checked) {
        return jdbi.inTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            Account account = accounts.findById(accountId).orElse(null);
            if (account == null) {
                return Optional.of("That account no longer exists.");
            }
            if (!access.mayChange(actor, account)) {
                return Optional.of("Only " + account.name() + "'s account team or a leader can do the hand-over.");
            }
            HandoffDao dao = handle.attach(HandoffDao.class);
            boolean toldBefore = dao.find(accountId).map(Handoff::expandTeamTold).orElse(false);
            dao.expandChecklist(accountId, checked.contains("tagged"), checked.contains("components"),
                    checked.contains("told"));
            if (checked.contains("told") && !toldBefore) {
                tellExpandTeam(handle, account, expandAe, actor);
            }
            boolean complete = checked.containsAll(Set.of("tagged", "components", "told"));
            AccountFields before = AccountFields.of(account);
            String owner = complete ? expandAe : before.ae();
            AccountFields after = before.withTeam(owner, before.ce(), before.ta(), expandAe);
            accounts.update(accountId, after, clock.instant());
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.handover_checklist",
                    Map.of("ae", String.valueOf(before.ae()), "expand_ae", String.valueOf(before.expandAe())),
                    Map.of("ae", String.valueOf(owner), "expand_ae", expandAe, "checked", checked, "complete", complete));
            if (complete && dao.expandDone(accountId, actor, clock.instant()) == 1) {
                Account moved = accounts.findById(accountId).orElseThrow();
                Set<String> told = new LinkedHashSet<>();
                told.add(expandAe);
                if (before.ae() != null) {
                    told.add(before.ae());
                }
                for (String person : told) {
                    Outbox.post(handle, "handoff-handover:" + accountId + ":" + person, person,
                            views.handoverDone(moved, actor), clock.instant());
                }
                changes.changed(handle, moved);
            }
            return Optional.<String>empty();
        });
    }

    /**
     * "Expand team told" is Baton's to do: one DM each to the Expand AE and the people set for the account's team
     * ({@code BATON_EXPAND_HANDOVER_NOTIFY}), not to whoever ticked the box.
     */
    private void tellExpandTeam(Handle handle, Account account, String expandAe, String actor) {
        Set<String> people = new LinkedHashSet<>();
        people.add(expandAe);
        people.addAll(expandTeam.peopleFor(StoredText.storedOrNull(account.segment())));
        people.remove(actor);
        JsonObject message = views.expandTeamTold(account, expandAe, actor);
        for (String person : people) {
            Outbox.post(handle, "handoff-expand-told:" + account.id() + ":" + person, person, message, clock.instant());
        }
        Audit.record(handle, clock.instant(), actor, account.id(), "handoff.expand_team_told", null,
                Map.of("expand_ae", expandAe, "told", List.copyOf(people)));
    }
}
