package dev.baton.handoff;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.audit.Audit;
import dev.baton.outbox.Email;
import dev.baton.outbox.EmailDelivery;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The CE's hand-off work before the close: the hand-off doc (drafts and versions) and the knowledge transfer. */
final class HandoffWork {
    static final Duration KT_LENGTH = Duration.ofMinutes(60);
    private static final Gson GSON = new Gson();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private final Jdbi jdbi;
    private final AccountAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private final HandoffViews views;
    private final boolean mail;

    public HandoffWork(Jdbi jdbi, AccountAccess access, Clock clock, ZoneId zone, HandoffViews views, boolean mail) {
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.views = views;
        this.mail = mail;
    }

    public boolean mailEnabled() {
        return mail;
    }

    public boolean mayWork(String user, Account account) {
        return access.mayChange(user, account);
    }

    /** The latest saved fields, to prefill the form (empty for a first draft). */
    public Map<String, String> latestFields(long accountId) {
        return jdbi.withExtension(HandoffDao.class, dao -> dao.latestDoc(accountId))
                .map(doc -> GSON.<Map<String, String>>fromJson(doc.body(), new TypeToken<Map<String, String>>() { }.getType()))
                .orElse(Map.of());
    }

    /** Saves a new version and posts it to the account team; answers the version number. */
    public int saveDoc(String actor, long accountId, Map<String, String> fields, boolean complete) {
        return jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElseThrow();
            HandoffDao dao = handle.attach(HandoffDao.class);
            dao.start(accountId, actor, clock.instant());
            String status = complete ? HandoffDoc.FINAL : HandoffDoc.DRAFT;
            dao.saveDoc(accountId, status, GSON.toJson(fields), actor, clock.instant());
            HandoffDoc doc = dao.latestDoc(accountId).orElseThrow();
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.doc.saved", null,
                    Map.of("version", doc.version(), "status", status));
            List<Contact> stakeholders = Contacts.forAccount(handle, accountId).stream()
                    .filter(c -> !c.untagged()).toList();
            var message = views.doc(account, doc, fields, stakeholders);
            for (String member : recipients(account)) {
                Outbox.post(handle, "handoff-doc:" + accountId + ":v" + doc.version() + ":" + member, member, message,
                        clock.instant());
            }
            return doc.version();
        });
    }

    /** Records the knowledge transfer and tells each attendee by DM, and by email with an invite when mail is on. */
    public void scheduleKnowledgeTransfer(String actor, long accountId, Instant at, List<String> attendees) {
        jdbi.useTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId).orElseThrow();
            HandoffDao dao = handle.attach(HandoffDao.class);
            dao.start(accountId, actor, clock.instant());
            Optional<Handoff> before = dao.find(accountId);
            dao.scheduleKnowledgeTransfer(accountId, at, String.join(",", attendees), actor);
            Audit.record(handle, clock.instant(), actor, accountId, "handoff.kt.scheduled",
                    before.map(h -> h.ktAt() == null ? null : Map.of("at", h.ktAt().toString())).orElse(null),
                    Map.of("at", at.toString(), "attendees", attendees));
            String when = WHEN.format(at.atZone(zone));
            String key = "handoff-kt:" + accountId + ":" + at.getEpochSecond();
            var dm = views.ktScheduled(account, when, attendees, actor, mail);
            for (String attendee : attendees) {
                Outbox.post(handle, key + ":" + attendee, attendee, dm, clock.instant());
            }
            if (mail) {
                emailInvite(handle, account, at, when, attendees, actor, key);
            }
        });
    }

    private void emailInvite(Handle handle, Account account, Instant at, String when, List<String> attendees,
                             String actor, String key) {
        Map<String, Object> model = Map.of("account", account, "when", when, "scheduledByName", actor);
        String ics = CalendarInvite.event(key + "@baton", at, KT_LENGTH, clock.instant(),
                "Knowledge transfer: " + account.name(), "Hand-off knowledge transfer for " + account.name());
        List<String> to = attendees.stream().map(u -> EmailDelivery.SLACK_USER + u).toList();
        Email email = new Email(to, "Knowledge transfer: " + account.name() + ", " + when,
                views.text("handoff/kt-invite.txt.ftl", model), views.text("handoff/kt-invite.html.ftl", model), ics);
        Outbox.email(handle, key + ":email", email, clock.instant());
    }

    /** The account's channel when it has one, else each member of its team. */
    static List<String> recipients(Account account) {
        if (account.slackChannel() != null && !account.slackChannel().isBlank()) {
            return List.of(account.slackChannel());
        }
        return List.copyOf(new LinkedHashSet<>(account.team()));
    }

    /** The form's fields, keeping only what was typed. */
    static Map<String, String> fields(Map<String, String> typed) {
        Map<String, String> kept = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.trim());
            }
        });
        return kept;
    }
}
