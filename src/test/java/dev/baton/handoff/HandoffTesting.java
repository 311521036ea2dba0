package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.ContactDao;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Role;
import dev.baton.account.Roles;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.config.ExpandTeam;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.store.StoredText;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;

/** The hand-off's services as Baton builds them, on a test database and clock, with the real templates. */
final class HandoffTesting {
    static final String EXPAND_AE = "UEXP0001";
    static final Set<String> LEADERS = Set.of(LEADER);
    static final AccountAccess ACCESS = new AccountAccess(LEADERS);
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Templates TEMPLATES = new Templates(Path.of("templates"));
    static final HandoffViews VIEWS = new HandoffViews(new BlockKit(TEMPLATES), TEMPLATES);
    static final String NAMED = "Named";
    static final String SALES_ASSISTED = "Sales Assisted First Order";
    static final String WEB_DIRECT = "Web Direct First Order";

    private HandoffTesting() {
    }

    /** An Enterprise account with an AE and a CE, nothing set by leaders yet, closing on {@code close}. */
    static AccountFields fields(String serviceModel, String orderType, String deployment, LocalDate close) {
        return new AccountFields("001ACME", "Acme", Segment.ENTERPRISE, choice(ServiceModel.class, serviceModel), null,
                null, choice(OrderType.class, orderType), choice(Deployment.class, deployment), "0. Prospect", AE, CE,
                null, null, null, close, null, null, null, 250_000_00L, 400, null);
    }

    /** The value of a fixed list spelled so, as the CRM sends it; null for null. */
    static <E extends Enum<E> & StoredText> E choice(Class<E> type, String spelling) {
        return spelling == null ? null : StoredText.find(type, spelling).orElseThrow();
    }

    /** The same account under another name and CRM id, for a second account in one test. */
    static AccountFields renamed(AccountFields f, String name, String crmId) {
        return new AccountFields(crmId, name, f.segment(), f.serviceModel(), f.taSupportLevel(), f.taSegmentation(),
                f.orderType(), f.deployment(), f.lifecycleStage(), f.ae(), f.ce(), f.ta(), f.expandAe(), f.slackChannel(),
                f.expectedCloseDate(), f.contractSignedAt(), f.closedWonDate(), f.renewalDate(), f.arrCents(),
                f.seatsPurchased(), f.aeManager());
    }

    /** The account as a row would read, for rules that need no database. */
    static Account account(AccountFields f) {
        return new Account(1, f.crmId(), f.name(), f.segment(), f.serviceModel(), f.taSupportLevel(),
                f.taSegmentation(), f.orderType(), f.deployment(), f.lifecycleStage(), f.ae(), f.ce(), f.ta(),
                f.expandAe(), f.slackChannel(), f.expectedCloseDate(), f.contractSignedAt(), f.closedWonDate(),
                f.renewalDate(), f.arrCents(), f.seatsPurchased(), null, f.aeManager());
    }

    static long insert(Jdbi jdbi, Clock clock, AccountFields fields) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.insert(fields, clock.instant()));
    }

    static Account account(Database db, long id) {
        return db.jdbi().withExtension(AccountDao.class, dao -> dao.findById(id)).orElseThrow();
    }

    static Handoff handoff(Database db, long id) {
        return db.jdbi().withExtension(HandoffDao.class, dao -> dao.find(id)).orElseThrow();
    }

    static void contact(Database db, Clock clock, long accountId, String name, String email, Role... roles) {
        db.jdbi().useExtension(ContactDao.class, dao -> dao.insert(accountId, name, "Engineer", email,
                email.toLowerCase(Locale.ROOT), Roles.of(List.of(roles)).toColumn(),
                List.of(roles).contains(Role.INSTANCE_ADMIN), null, clock.instant()));
    }

    static HandoffService service(Database db, Clock clock) {
        return new HandoffService(db.jdbi(), ACCESS, clock, AccountChanges.NONE, VIEWS);
    }

    static HandoffWork work(Database db, Clock clock) {
        return new HandoffWork(db.jdbi(), ACCESS, clock, ZONE, VIEWS, false);
    }

    static HandoffClose close(Database db, Clock clock, boolean mail) {
        return close(db, clock, mail, AccountChanges.NONE);
    }

    static HandoffClose close(Database db, Clock clock, boolean mail, AccountChanges changes) {
        return new HandoffClose(db.jdbi(), ACCESS, clock, ZONE, service(db, clock),
                new Welcome(db.jdbi(), ACCESS, clock, VIEWS, mail), changes);
    }

    static Handover handover(Database db, Clock clock, ExpandTeam expandTeam) {
        return new Handover(db.jdbi(), ACCESS, clock, VIEWS, AccountChanges.NONE, expandTeam);
    }

    /** Every item before the close done the way people do it: leaders, contacts, a final doc, the knowledge transfer. */
    static void completeBeforeClose(Database db, Clock clock, long id) {
        service(db, clock).assign(LEADER, id, TaSupportLevel.HIGH_TOUCH, TaSegmentation.ENTERPRISE, TA);
        contact(db, clock, id, "Ada Admin", "ada@acme.example", Role.INSTANCE_ADMIN);
        contact(db, clock, id, "Pat Program", "pat@acme.example", Role.PROGRAM_CONTACT, Role.CHAMPION);
        work(db, clock).saveDoc(CE, id, Map.of("doc-goals", "Ship faster"), true);
        work(db, clock).scheduleKnowledgeTransfer(CE, id, clock.instant().plus(Duration.ofDays(3)), List.of(CE, TA, AE));
    }

    static List<OutboxMessage> outbox(Database db, String prefix) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix));
    }

    static List<AuditEntry> audit(Database db, long accountId, String action) {
        return db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(accountId)).stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
