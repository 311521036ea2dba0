package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.account.Contact;
import dev.baton.account.ContactDao;
import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What is done to a written plan: an action marked done, the plan marked For QBR, a contact tagged Champion. */
final class PlanTasks {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountAccess access;
    private final ZoneId zone;
    private final SuccessPlanService plans;

    PlanTasks(Jdbi jdbi, Clock clock, AccountAccess access, ZoneId zone, SuccessPlanService plans) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.zone = zone;
        this.plans = plans;
    }

    /** The owner, the account's team or a leader marks an action done; its reminders move to the next open one. */
    PlanChange actionDone(String actor, long actionId) {
        return jdbi.inTransaction(handle -> {
            SuccessPlanDao dao = handle.attach(SuccessPlanDao.class);
            Optional<PlanAction> action = dao.action(actionId);
            Optional<Account> account = action.flatMap(a -> dao.planById(a.planId()))
                    .flatMap(p -> handle.attach(AccountDao.class).findById(p.accountId()));
            if (action.isEmpty() || account.isEmpty()) {
                return new PlanChange.Refused("That action is no longer in the plan.");
            }
            if (!actor.equals(action.get().owner()) && !access.mayChange(actor, account.get())) {
                return new PlanChange.Refused("Only the action's owner, the account's team or a leader can mark it done.");
            }
            Instant now = clock.instant();
            if (dao.markActionDone(actionId, actor, now) == 0) {
                return new PlanChange.Refused("That action was already marked done.");
            }
            Audit.record(handle, now, actor, account.get().id(), "successplan.action.done", action.get(),
                    dao.action(actionId).orElseThrow());
            PlanActionsStep.arm(handle, account.get().id(), now, zone);
            return new PlanChange.Done(plans.card(handle, account.get(), actor), "Marked done: " + action.get().action());
        });
    }

    /** A leader marks the plan For QBR; anyone else is refused. */
    PlanChange markForQbr(String actor, long planId) {
        if (!access.isLeader(actor)) {
            return new PlanChange.Refused("Only leaders can mark a success plan For QBR.");
        }
        return jdbi.inTransaction(handle -> {
            SuccessPlanDao dao = handle.attach(SuccessPlanDao.class);
            Optional<SuccessPlan> before = dao.planById(planId);
            Optional<Account> account = before.flatMap(p -> handle.attach(AccountDao.class).findById(p.accountId()));
            if (account.isEmpty()) {
                return new PlanChange.Refused("That success plan no longer exists.");
            }
            Instant now = clock.instant();
            if (dao.markForQbr(planId, actor, now) == 0) {
                return new PlanChange.Refused("That plan is already marked For QBR.");
            }
            Audit.record(handle, now, actor, account.get().id(), "successplan.for-qbr", before.get(),
                    dao.planById(planId).orElseThrow());
            return new PlanChange.Done(plans.card(handle, account.get(), actor),
                    "Marked For QBR: " + account.get().name() + " " + before.get().quarter() + ".");
        });
    }

    /** Tags a contact Champion, as {@code /roles} would, for the account's team or a leader. */
    PlanChange tagChampion(String actor, long accountId, long contactId) {
        return jdbi.inTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
            ContactDao contacts = handle.attach(ContactDao.class);
            Optional<Contact> before = contacts.findById(accountId, contactId);
            if (account.isEmpty() || before.isEmpty()) {
                return new PlanChange.Refused("That contact is no longer on the account.");
            }
            if (!access.mayChange(actor, account.get())) {
                return new PlanChange.Refused("Only " + account.get().name() + "'s team or a leader can tag its contacts.");
            }
            Contact was = before.get();
            Roles roles = was.roles().plus(List.of(Role.CHAMPION));
            Instant now = clock.instant();
            contacts.update(was.id(), was.name(), was.title(), was.email(), was.email().toLowerCase(Locale.ROOT),
                    roles.toColumn(), was.instanceAdmin(), was.timeZone(), now);
            Contact after = new Contact(was.id(), accountId, was.name(), was.title(), was.email(), roles, was.instanceAdmin(),
                    was.timeZone());
            Audit.record(handle, now, actor, accountId, "contact.tagged", audited(was), audited(after));
            return new PlanChange.Done(plans.card(handle, account.get(), actor),
                    "Tagged " + after.displayName() + ": " + roles.labels() + ".");
        });
    }

    /** A contact as {@code /roles} audits it. */
    private static Map<String, Object> audited(Contact c) {
        return Map.of("name", c.name(), "title", c.title() == null ? "" : c.title(), "email", c.email(),
                "roles", c.roles().labels(), "instance_admin", c.instanceAdmin());
    }
}
