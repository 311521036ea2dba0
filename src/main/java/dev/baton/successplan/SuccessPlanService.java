package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading and writing success plans: the card, the form prefilled from last quarter, and saving it, audited. */
final class SuccessPlanService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final ZoneId zone;

    SuccessPlanService(Jdbi jdbi, Clock clock, AccountAccess access, ZoneId zone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.zone = zone;
    }

    Quarter thisQuarter() {
        return Quarter.of(clock.instant(), zone);
    }

    boolean isLeader(String userId) {
        return access.isLeader(userId);
    }

    /** The card of the account, read in the caller's handle. */
    PlanCard card(Handle handle, Account account, String viewer) {
        Quarter quarter = thisQuarter();
        List<Contact> contacts = Contacts.forAccount(handle, account.id());
        return new PlanCard(account, quarter, view(handle, account.id(), quarter, contacts).orElse(null),
                view(handle, account.id(), quarter.previous(), contacts).orElse(null), contacts,
                access.mayChange(viewer, account), access.isLeader(viewer));
    }

    Optional<PlanCard> card(long accountId, String viewer) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .map(account -> card(handle, account, viewer)));
    }

    /** The accounts the user is TA of (every account for a leader) and whether each has this quarter's plan. */
    List<PlanStatus> statuses(String userId, boolean everyAccount, int limit) {
        return jdbi.withExtension(SuccessPlanDao.class, dao -> dao.statuses(userId, everyAccount,
                thisQuarter().label(), limit));
    }

    List<QbrPlan> forQbr() {
        return jdbi.withExtension(SuccessPlanDao.class, dao -> dao.forQbr(thisQuarter().label()));
    }

    /** The form for this quarter's plan: as written, or prefilled from last quarter's. */
    Optional<PlanForm> form(long accountId, String viewer) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .filter(account -> access.mayChange(viewer, account))
                .map(account -> {
                    Quarter quarter = thisQuarter();
                    List<Contact> contacts = Contacts.forAccount(handle, accountId);
                    Optional<PlanView> current = view(handle, accountId, quarter, contacts);
                    PlanView source = current.or(() -> view(handle, accountId, quarter.previous(), contacts)).orElse(null);
                    List<Contact> tagged = contacts.stream().filter(c -> !c.untagged()).toList();
                    return new PlanForm(account, quarter, source, current.isEmpty() && source != null, tagged);
                }));
    }

    /** Saves the quarter's plan as typed; an action done before keeps its done mark when it is unchanged. */
    PlanChange save(String actor, long accountId, Quarter quarter, PlanDraft draft) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new PlanChange.Invalid(problems);
        }
        return jdbi.inTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
            if (account.isEmpty()) {
                return new PlanChange.Refused("That account no longer exists.");
            }
            if (!access.mayChange(actor, account.get())) {
                return new PlanChange.Refused(refusal(account.get()));
            }
            Instant now = clock.instant();
            SuccessPlanDao dao = handle.attach(SuccessPlanDao.class);
            Optional<SuccessPlan> before = dao.plan(accountId, quarter.label());
            long planId = before.map(SuccessPlan::id).orElseGet(() -> dao.insertPlan(accountId, quarter.label(), actor, now));
            Map<String, Object> old = before.map(p -> contents(dao, p.id())).orElse(null);
            PlanWriter.write(dao, planId, draft, dao.actions(planId));
            dao.touchPlan(planId, actor, now);
            Audit.record(handle, now, actor, accountId, "successplan.saved", old, contents(dao, planId));
            PlanActionsStep.arm(handle, accountId, now, zone);
            return new PlanChange.Done(card(handle, account.get(), actor), "Saved the " + quarter + " success plan.");
        });
    }

    static Map<String, Object> contents(SuccessPlanDao dao, long planId) {
        SuccessPlan plan = dao.planById(planId).orElseThrow();
        return Map.of("quarter", plan.quarter(), "for_qbr", plan.forQbr(), "goals", dao.goals(planId),
                "actions", dao.actions(planId), "relationships", dao.relationships(planId), "asks", dao.asks(planId));
    }

    static Optional<PlanView> view(Handle handle, long accountId, Quarter quarter, List<Contact> contacts) {
        return handle.attach(SuccessPlanDao.class).plan(accountId, quarter.label())
                .map(plan -> PlanView.load(handle, plan, contacts));
    }

    static String refusal(Account account) {
        return "Only " + account.name() + "'s team or a leader can change its success plan.";
    }
}
