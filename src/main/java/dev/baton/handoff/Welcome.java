package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.OrderType;
import dev.baton.account.Role;
import dev.baton.account.ServiceModel;
import dev.baton.audit.Audit;
import dev.baton.config.JourneySettings;
import dev.baton.outbox.Email;
import dev.baton.outbox.Outbox;
import dev.baton.timeline.UserZones;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-over scenario at close, from the order type and service model: the First Order AE's hand-over to
 * the Expand AE, the Expand AE's discovery task (Web Direct), or the automated low-touch welcome email.
 * An email Baton cannot send (no SMTP) is handed to a person in Slack as a draft, never dropped.
 */
public final class Welcome {
    static final String EXPAND_AE_UNNAMED = "your Expand Account Executive";
    private static final Set<Role> WELCOMED = Set.of(Role.PROGRAM_CONTACT, Role.CHAMPION, Role.INSTANCE_ADMIN);

    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final HandoffViews views;
    private final boolean mail;
    private final Map<String, String> links;

    public Welcome(Jdbi jdbi, AccountAccess access, Clock clock, HandoffViews views, boolean mail) {
        this(jdbi, access, clock, views, mail, JourneySettings.defaultLinks());
    }

    /** {@code links}: the links the welcome emails carry, by their name in the templates (BATON_LINK_* settings). */
    public Welcome(Jdbi jdbi, AccountAccess access, Clock clock, HandoffViews views, boolean mail,
                   Map<String, String> links) {
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.views = views;
        this.mail = mail;
        this.links = Map.copyOf(links);
    }

    /** Starts the scenario for a just-closed account, in the close's transaction; answers which one. */
    String start(Handle handle, Account account) {
        if (account.serviceModel() == ServiceModel.NAMED) {
            boolean salesAssisted = account.orderType() == OrderType.SALES_ASSISTED;
            List<String> owners = salesAssisted ? people(account.ae()) : people(account.expandAe());
            var message = salesAssisted ? views.foHandover(account) : views.discoveryTask(account);
            for (String owner : owners) {
                Outbox.post(handle, "handoff-close:" + account.id() + ":" + owner, owner, message, clock.instant());
                draft(handle, account, owner, List.of(), true, "Send it personally, introducing the Expand AE.");
            }
            return salesAssisted ? "First Order AE hands over to the Expand AE within 24 hours"
                    : "Web Direct: the Expand AE runs discovery and success planning";
        }
        List<Contact> contacts = Contacts.forAccount(handle, account.id()).stream()
                .filter(c -> c.roles().set().stream().anyMatch(WELCOMED::contains)).toList();
        List<String> to = contacts.stream().map(Contact::email).distinct().toList();
        if (mail && !to.isEmpty()) {
            Map<String, Object> model = model(account, greeting(contacts), false, null);
            Email email = new Email(to, "Welcome to the team, " + account.name() + "!",
                    views.text("handoff/welcome.txt.ftl", model), views.text("handoff/welcome.html.ftl", model), null);
            Outbox.email(handle, "handoff-welcome:" + account.id(), email, clock.instant());
            handle.attach(HandoffDao.class).welcomeSent(account.id(), clock.instant());
            return "Automated low-touch welcome email to " + to.size() + " contact" + (to.size() == 1 ? "" : "s");
        }
        String why = !mail ? "Baton has no SMTP settings, so send this one by hand."
                : "No contact is tagged Program Contact, Champion or Instance Admin yet: tag them, then send it.";
        for (String owner : people(account.ae())) {
            draft(handle, account, owner, to, false, why);
        }
        return "Low-touch welcome email drafted for the AE (" + (!mail ? "no SMTP" : "no tagged contacts") + ")";
    }

    /** The AE (or anyone on the account team, or a leader) says the welcome email went out; empty when noted. */
    public Optional<String> markSent(String actor, long accountId) {
        return jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElse(null);
            if (account == null) {
                return Optional.of("That account no longer exists.");
            }
            if (!access.mayChange(actor, account)) {
                return Optional.of("Only " + account.name() + "'s account team or a leader can mark the welcome email sent.");
            }
            if (handle.attach(HandoffDao.class).welcomeSent(accountId, clock.instant()) != 1) {
                return Optional.of("The welcome email was already marked sent.");
            }
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.welcome_sent", null, Map.of("by", actor));
            return Optional.<String>empty();
        });
    }

    private void draft(Handle handle, Account account, String owner, List<String> to, boolean introducing, String why) {
        String text = views.text("handoff/welcome.txt.ftl", model(account, "team", introducing,
                expandAeName(handle, account)));
        Outbox.post(handle, "handoff-welcome-draft:" + account.id() + ":" + owner, owner,
                views.welcomeDraft(account, to, text, why), clock.instant());
        handle.attach(HandoffDao.class).welcomeDrafted(account.id(), clock.instant());
    }

    private List<String> people(String owner) {
        return owner != null ? List.of(owner) : List.copyOf(access.leaders());
    }

    private Map<String, Object> model(Account account, String greeting, boolean introducing, String expandAe) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("account", account);
        model.put("greeting", greeting);
        model.put("introducing", introducing);
        model.put("expandAe", expandAe == null ? EXPAND_AE_UNNAMED : expandAe);
        model.put("link", links);
        return model;
    }

    /**
     * The Expand AE's name as Slack shows it, for the introduction; the words {@value #EXPAND_AE_UNNAMED} while
     * there is no Expand AE or Slack has not told Baton the name, never a placeholder for the customer to see.
     */
    private static String expandAeName(Handle handle, Account account) {
        if (account.expandAe() == null) {
            return null;
        }
        String name = UserZones.names(handle, List.of(account.expandAe())).get(account.expandAe());
        return name == null || name.equals(account.expandAe()) ? null : name;
    }

    private static String greeting(List<Contact> contacts) {
        List<String> names = contacts.stream().map(Contact::displayName).distinct().toList();
        return names.size() <= 3 ? String.join(", ", names) : "team";
    }
}
