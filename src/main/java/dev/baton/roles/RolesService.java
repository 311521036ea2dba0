package dev.baton.roles;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountHealthSummary;
import dev.baton.account.Contact;
import dev.baton.account.ContactDao;
import dev.baton.account.Contacts;
import dev.baton.account.DigitalJourneys;
import dev.baton.account.LighthouseNominations;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import dev.baton.account.Roles;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Stakeholder role tagging: reading an account's contacts and changing them, audited, for those allowed. */
public final class RolesService {
    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final RolesNotifications notifications;

    /** The health score's weeks (for the card's trend) start on Monday in {@code zone}, BATON_TIMEZONE. */
    private final java.time.ZoneId zone;

    public RolesService(Jdbi jdbi, AccountAccess access, Clock clock, RolesNotifications notifications) {
        this(jdbi, access, clock, notifications, clock.getZone());
    }

    public RolesService(Jdbi jdbi, AccountAccess access, Clock clock, RolesNotifications notifications,
                        java.time.ZoneId zone) {
        this.zone = zone;
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.notifications = notifications;
    }

    public boolean mayChange(String userId, Account account) {
        return access.mayChange(userId, account);
    }

    public Optional<RolesCard> card(long accountId) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .map(account -> cardOf(handle, account)));
    }

    /** The card, read in the caller's handle. */
    public RolesCard card(Handle handle, Account account) {
        return cardOf(handle, account);
    }

    public List<Account> uncovered(String userId, int limit) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.uncovered(userId, limit));
    }

    /** Adds a contact, or updates the one with the same email (or {@code contactId} when editing). */
    public RolesChange save(String actor, long accountId, Long contactId, ContactForm form) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return new RolesChange.Invalid(problems);
        }
        return retryingTwinInsert(() -> change(actor, accountId, (handle, account) -> {
            ContactDao contacts = handle.attach(ContactDao.class);
            Optional<Contact> sameEmail = contacts.findByEmail(accountId, form.emailKey());
            Optional<Contact> target = contactId == null ? sameEmail : contacts.findById(accountId, contactId);
            if (contactId != null && target.isEmpty()) {
                return new RolesChange.Gone("That contact was removed in the meantime.");
            }
            if (contactId != null && sameEmail.isPresent() && sameEmail.get().id() != contactId) {
                return new RolesChange.Invalid(Map.of(RolesIds.FIELD_EMAIL,
                        sameEmail.get().displayName() + " already has this email on " + account.name() + "."));
            }
            Contact after = write(handle, accountId, target, new Contact(0, accountId, form.name().trim(),
                    blankToNull(form.title()), form.email().trim(), Roles.of(form.roles()), form.instanceAdmin(),
                    form.zoneName()));
            audit(handle, actor, accountId, target.isPresent() ? "contact.updated" : "contact.added",
                    target.orElse(null), after);
            String notice = (target.isPresent() ? "Updated " : "Added ") + after.displayName() + ".";
            return done(handle, account, notice);
        }));
    }

    /** Adds roles to the contact with this email, creating the contact when the account has none such. */
    public RolesChange tag(String actor, long accountId, String email, Collection<Role> roles) {
        ContactForm probe = new ContactForm(email, null, email, Set.copyOf(roles), roles.contains(Role.INSTANCE_ADMIN));
        String emailProblem = probe.problems().get(RolesIds.FIELD_EMAIL);
        if (emailProblem != null) {
            return new RolesChange.Invalid(Map.of(RolesIds.FIELD_EMAIL, emailProblem));
        }
        return retryingTwinInsert(() -> change(actor, accountId, (handle, account) -> {
            Optional<Contact> before = handle.attach(ContactDao.class).findByEmail(accountId, probe.emailKey());
            Roles merged = before.map(c -> c.roles().plus(roles)).orElse(Roles.of(roles));
            Contact after = write(handle, accountId, before, new Contact(0, accountId,
                    before.map(Contact::name).orElse(email.trim()), before.map(Contact::title).orElse(null),
                    before.map(Contact::email).orElse(email.trim()), merged, merged.has(Role.INSTANCE_ADMIN),
                    before.map(Contact::timeZone).orElse(null)));
            audit(handle, actor, accountId, "contact.tagged", before.orElse(null), after);
            return done(handle, account, "Tagged " + after.displayName() + ": " + merged.labels() + ".");
        }));
    }

    public RolesChange remove(String actor, long accountId, long contactId) {
        return change(actor, accountId, (handle, account) -> {
            ContactDao contacts = handle.attach(ContactDao.class);
            Optional<Contact> before = contacts.findById(accountId, contactId);
            if (before.isEmpty() || contacts.delete(accountId, contactId) == 0) {
                return new RolesChange.Gone("That contact was already removed.");
            }
            audit(handle, actor, accountId, "contact.removed", before.get(), null);
            return new RolesChange.Done(cardOf(handle, account), "Removed " + before.get().displayName() + ".");
        });
    }

    private RolesChange change(String actor, long accountId, Change change) {
        return jdbi.inTransaction(handle -> {
            Optional<Account> account = handle.attach(AccountDao.class).findById(accountId);
            if (account.isEmpty()) {
                return new RolesChange.Gone("That account no longer exists.");
            }
            if (!mayChange(actor, account.get())) {
                return new RolesChange.Forbidden(account.get().name(), account.get().team());
            }
            dev.baton.account.HealthDirty.mark(handle, accountId, clock.instant());
            return change.apply(handle, account.get());
        });
    }

    /** Writes {@code c} (its id aside) over {@code existing}, or as a new contact; answers it with its id. */
    private Contact write(Handle handle, long accountId, Optional<Contact> existing, Contact c) {
        ContactDao contacts = handle.attach(ContactDao.class);
        Instant now = clock.instant();
        String emailKey = c.email().toLowerCase(java.util.Locale.ROOT);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            contacts.update(id, c.name(), c.title(), c.email(), emailKey, c.roles().toColumn(), c.instanceAdmin(),
                    c.timeZone(), now);
        } else {
            id = contacts.insert(accountId, c.name(), c.title(), c.email(), emailKey, c.roles().toColumn(),
                    c.instanceAdmin(), c.timeZone(), now);
        }
        return new Contact(id, accountId, c.name(), c.title(), c.email(), c.roles(), c.instanceAdmin(), c.timeZone());
    }

    private RolesChange done(Handle handle, Account account, String notice) {
        RolesCard card = cardOf(handle, account);
        if (card.coverage().complete() && account.rolesCoveredAt() == null
                && handle.attach(AccountDao.class).markRolesCovered(account.id(), clock.instant()) == 1) {
            notifications.coverageComplete(handle, card, clock.instant());
        }
        return new RolesChange.Done(card, notice);
    }

    private void audit(Handle handle, String actor, long accountId, String action, Contact before, Contact after) {
        Function<Contact, Map<String, Object>> view = c -> c == null ? null : Map.of(
                "name", c.name(), "title", c.title() == null ? "" : c.title(), "email", c.email(),
                "roles", c.roles().labels(), "instance_admin", c.instanceAdmin(),
                "time_zone", c.timeZone() == null ? "" : c.timeZone());
        Audit.record(handle, clock.instant(), actor, accountId, action, view.apply(before), view.apply(after));
    }

    private RolesCard cardOf(Handle handle, Account account) {
        List<Contact> contacts = Contacts.forAccount(handle, account.id());
        return new RolesCard(account, contacts, RoleCoverage.of(contacts),
                LighthouseNominations.current(handle, account.id()).orElse(null),
                AccountHealthSummary.of(handle, List.of(account.id()), clock.instant(), zone).get(account.id()),
                DigitalJourneys.of(handle, account.id()));
    }

    /** Two people adding the same email at once: the loser's insert hits the unique key; redo it as an update. */
    private static RolesChange retryingTwinInsert(java.util.function.Supplier<RolesChange> attempt) {
        try {
            return attempt.get();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return attempt.get();
            }
            throw e;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @FunctionalInterface
    private interface Change {
        RolesChange apply(Handle handle, Account account);
    }
}
