package dev.baton.roles;

import dev.baton.account.AccountAccess;
import dev.baton.account.Contact;
import dev.baton.account.Role;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

class RolesServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

    private static RolesService service(Database db) {
        return new RolesService(db.jdbi(), new AccountAccess(Set.of(LEADER)), CLOCK,
                new RolesNotifications(new BlockKit(new Templates(Path.of("templates")))));
    }

    private static ContactForm form(String name, String email, boolean instanceAdmin, Role... roles) {
        return new ContactForm(name, "VP Engineering", email, Set.of(roles), instanceAdmin);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void addsAContactAndAuditsIt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesChange change = service(db).save(AE, account, null, form("Ada Lovelace", "ada@acme.com", false, Role.CHAMPION));

            assertThat(change).isInstanceOf(RolesChange.Done.class);
            RolesCard card = ((RolesChange.Done) change).card();
            assertThat(card.contacts()).extracting(Contact::email).containsExactly("ada@acme.com");
            assertThat(card.coverage().missing()).containsExactlyInAnyOrder(Role.INSTANCE_ADMIN, Role.PROGRAM_CONTACT);
            List<AuditEntry> audit = db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(account));
            assertThat(audit).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo(AE);
                assertThat(entry.action()).isEqualTo("contact.added");
                assertThat(entry.beforeJson()).isNull();
                assertThat(entry.afterJson()).contains("Ada Lovelace").contains("Champion");
            });
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anEmailAlreadyOnTheAccountUpdatesThatContact(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesService roles = service(db);
            roles.save(AE, account, null, form("Ada", "ada@acme.com", false, Role.CHAMPION));
            RolesChange second = roles.save(CE, account, null, form("Ada Lovelace", "ADA@Acme.com", true,
                    Role.CHAMPION, Role.INSTANCE_ADMIN));

            RolesCard card = ((RolesChange.Done) second).card();
            assertThat(card.contacts()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("Ada Lovelace");
                assertThat(c.roles().set()).containsExactlyInAnyOrder(Role.CHAMPION, Role.INSTANCE_ADMIN);
                assertThat(c.instanceAdmin()).isTrue();
            });
            List<AuditEntry> audit = db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(account));
            assertThat(audit).extracting(AuditEntry::action).containsExactly("contact.added", "contact.updated");
            assertThat(audit.get(1).beforeJson()).contains("\"name\":\"Ada\"");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void refusesOutsidersButLetsLeadersChange(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesService roles = service(db);

            assertThat(roles.save(OUTSIDER, account, null, form("Eve", "eve@acme.com", false, Role.END_USER)))
                    .isInstanceOf(RolesChange.Forbidden.class);
            assertThat(roles.save(LEADER, account, null, form("Lee", "lee@acme.com", false, Role.END_USER)))
                    .isInstanceOf(RolesChange.Done.class);
            assertThat(roles.card(account).orElseThrow().contacts()).extracting(Contact::name).containsExactly("Lee");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void tellsTheTeamOnceWhenRequiredRolesAreFirstCovered(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesService roles = service(db);
            roles.save(AE, account, null, form("Ada", "ada@acme.com", true, Role.INSTANCE_ADMIN));
            roles.save(AE, account, null, form("Bob", "bob@acme.com", false, Role.PROGRAM_CONTACT));
            assertThat(outbox(db)).isEmpty();

            roles.save(AE, account, null, form("Cy", "cy@acme.com", false, Role.CHAMPION));
            assertThat(outbox(db)).extracting(OutboxMessage::channel).containsExactlyInAnyOrder(AE, CE, TA);
            assertThat(outbox(db).get(0).payload()).contains("Acme Corp");

            long cy = roles.card(account).orElseThrow().contacts().stream()
                    .filter(c -> c.name().equals("Cy")).findFirst().orElseThrow().id();
            roles.remove(AE, account, cy);
            roles.save(AE, account, null, form("Cy", "cy@acme.com", false, Role.CHAMPION));
            assertThat(outbox(db)).hasSize(3);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void tagMergesRolesAndKeepsTheInstanceAdminFlagInStep(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesService roles = service(db);
            roles.save(AE, account, null, form("Ada", "ada@acme.com", false, Role.CHAMPION));
            RolesChange tagged = roles.tag(CE, account, "ada@acme.com", List.of(Role.INSTANCE_ADMIN));
            roles.tag(CE, account, "new.person@acme.com", List.of(Role.END_USER));

            List<Contact> contacts = ((RolesChange.Done) roles.tag(CE, account, "ada@acme.com", List.of())).card().contacts();
            assertThat(tagged).isInstanceOf(RolesChange.Done.class);
            assertThat(contacts).hasSize(2);
            Contact ada = contacts.stream().filter(c -> c.email().equals("ada@acme.com")).findFirst().orElseThrow();
            assertThat(ada.roles().set()).isEqualTo(EnumSet.of(Role.CHAMPION, Role.INSTANCE_ADMIN));
            assertThat(ada.instanceAdmin()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void removingAuditsTheContactThatWasThere(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesService roles = service(db);
            roles.save(AE, account, null, form("Ada", "ada@acme.com", false, Role.CHAMPION));
            long ada = roles.card(account).orElseThrow().contacts().get(0).id();

            assertThat(roles.remove(TA, account, ada)).isInstanceOf(RolesChange.Done.class);
            assertThat(roles.remove(TA, account, ada)).isInstanceOf(RolesChange.Gone.class);
            AuditEntry last = db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(account)).get(1);
            assertThat(last.action()).isEqualTo("contact.removed");
            assertThat(last.beforeJson()).contains("ada@acme.com");
            assertThat(last.afterJson()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void keepsHostileTextExactly(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            String name = "<!channel> \"Bob\" \\ *bold* <@U123> 🎉\n" + "x".repeat(4950);
            RolesChange change = service(db).save(AE, account, null, form(name, "bob@acme.com", false, Role.END_USER));
            assertThat(((RolesChange.Done) change).card().contacts().get(0).name()).isEqualTo(name.trim());
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void listsUncoveredAccountsWithTheCallersFirst(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Fixtures.account(db.jdbi(), CLOCK, "Aardvark Ltd", "001B");
            long mine = db.jdbi().withExtension(dev.baton.account.AccountDao.class, dao -> dao.insert(
                    dev.baton.account.AccountFields.named("Zebra Inc", "001Z").withTeam(OUTSIDER, null, null, null), CLOCK.instant()));
            List<String> names = service(db).uncovered(OUTSIDER, 10).stream().map(a -> a.name()).toList();
            assertThat(names).containsExactly("Zebra Inc", "Aardvark Ltd");
            assertThat(mine).isPositive();
        }
    }

    private static List<OutboxMessage> outbox(Database db) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix("roles-covered:"));
    }
}
