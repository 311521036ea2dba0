package dev.baton.handoff;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.AccountFields;
import dev.baton.outbox.Outbox;
import dev.baton.outbox.OutboxMessage;
import dev.baton.account.Role;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.baton.handoff.HandoffTesting.EXPAND_AE;
import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.handoff.HandoffTesting.WEB_DIRECT;
import static dev.baton.handoff.HandoffTesting.contact;
import static dev.baton.handoff.HandoffTesting.outbox;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-over scenario a close starts, by order type and service model, all through the outbox. */
class WelcomeTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final String SAAS = "Getting started on SaaS";
    private static final String SELF_MANAGED = "Getting started with your self-managed instance";
    private static final String ALREADY_SENT = "The welcome email was already marked sent.";
    private final MutableClock clock = new MutableClock(NOW);

    /** Each database with each deployment and the variant of the welcome email it gets. */
    static Stream<Arguments> kindsAndDeployments() {
        return TestDatabases.kinds().flatMap(kind -> Stream.of(Arguments.of(kind, "SaaS", SAAS, SELF_MANAGED),
                Arguments.of(kind, "Self-Managed", SELF_MANAGED, SAAS)));
    }

    /** Each database with each low-touch service model. */
    static Stream<Arguments> kindsAndLowTouchModels() {
        return TestDatabases.kinds().flatMap(kind -> Stream.of(Arguments.of(kind, "Pooled"), Arguments.of(kind, "Scaled")));
    }

    private long account(Database db, String serviceModel, String orderType, String deployment, String expandAe) {
        AccountFields f = HandoffTesting.fields(serviceModel, orderType, deployment, LocalDate.parse("2027-02-26"));
        return HandoffTesting.insert(db.jdbi(), clock, f.withTeam(AE, CE, TA, expandAe));
    }

    /** A leader closes with the checklist still open, so only the scenario varies. */
    private String close(Database db, long id, boolean mail) {
        CloseOutcome outcome = HandoffTesting.close(db, clock, mail).close(LEADER, id, "signed early");
        assertThat(outcome).isInstanceOf(CloseOutcome.Closed.class);
        return ((CloseOutcome.Closed) outcome).scenario();
    }

    private static OutboxMessage only(Database db, String prefix) {
        return outbox(db, prefix).stream().reduce((a, b) -> {
            throw new AssertionError("more than one row for " + prefix);
        }).orElseThrow(() -> new AssertionError("no row for " + prefix));
    }

    @ParameterizedTest
    @MethodSource("kindsAndDeployments")
    void aSalesAssistedNamedCloseHasTheFirstOrderAeHandOverWithin24HoursWithTheWelcomeDraft(DatabaseKind kind,
            String deployment, String variant, String otherVariant) {
        try (Database db = kind.open()) {
            long id = account(db, NAMED, SALES_ASSISTED, deployment, EXPAND_AE);

            assertThat(close(db, id, true)).isEqualTo("First Order AE hands over to the Expand AE within 24 hours");

            OutboxMessage task = only(db, "handoff-close:" + id + ":");
            assertThat(task.channel()).isEqualTo(AE);
            assertThat(task.kind()).isEqualTo(Outbox.SLACK_POST);
            assertThat(task.payload()).contains("hand over to the Expand AE within 24 hours")
                    .contains("<@" + EXPAND_AE + ">").contains("#FOtoFYEhandoff").contains(HandoffIds.ACTION_EXPAND);
            OutboxMessage draft = only(db, "handoff-welcome-draft:" + id + ":");
            assertThat(draft.channel()).isEqualTo(AE);
            assertThat(draft.payload()).contains("introduce your Expand Account Executive").doesNotContain("[Expand AE name]").contains(variant)
                    .doesNotContain(otherVariant).contains(HandoffIds.ACTION_WELCOME_SENT);
            assertThat(outbox(db, "handoff-welcome:")).isEmpty();
            Handoff handoff = HandoffTesting.handoff(db, id);
            assertThat(handoff.welcomeDraftedAt()).isEqualTo(NOW);
            assertThat(handoff.welcomeSentAt()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aWebDirectNamedCloseGivesTheExpandAeTheDiscoveryTaskAndTheDraft(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, NAMED, WEB_DIRECT, "SaaS", EXPAND_AE);

            assertThat(close(db, id, true)).isEqualTo("Web Direct: the Expand AE runs discovery and success planning");

            OutboxMessage task = only(db, "handoff-close:" + id + ":");
            assertThat(task.channel()).isEqualTo(EXPAND_AE);
            assertThat(task.payload()).contains("bought 400 seats online (Web Direct)").contains("discovery");
            assertThat(only(db, "handoff-welcome-draft:" + id + ":").channel()).isEqualTo(EXPAND_AE);
            assertThat(outbox(db, "")).noneMatch(m -> m.channel().equals(AE));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aNamedCloseWithNobodyToActGivesTheTaskToTheLeaders(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, NAMED, WEB_DIRECT, "SaaS", null);

            close(db, id, true);

            assertThat(only(db, "handoff-close:" + id + ":").channel()).isEqualTo(LEADER);
            assertThat(only(db, "handoff-welcome-draft:" + id + ":").channel()).isEqualTo(LEADER);
        }
    }

    @ParameterizedTest
    @MethodSource("kindsAndLowTouchModels")
    void aLowTouchCloseEmailsTheWelcomeToTheProgramContactChampionAndInstanceAdmin(DatabaseKind kind, String model) {
        try (Database db = kind.open()) {
            long id = account(db, model, WEB_DIRECT, "SaaS", null);
            contact(db, clock, id, "Pat Program", "pat@acme.example", Role.PROGRAM_CONTACT, Role.CHAMPION);
            contact(db, clock, id, "Ada <b>Admin</b> & co", "ada@acme.example", Role.INSTANCE_ADMIN);
            contact(db, clock, id, "Eve User", "eve@acme.example", Role.END_USER, Role.EXECUTIVE);

            assertThat(close(db, id, true)).isEqualTo("Automated low-touch welcome email to 2 contacts");

            OutboxMessage email = only(db, "handoff-welcome:" + id);
            assertThat(email.kind()).isEqualTo(Outbox.EMAIL);
            assertThat(email.channel()).isEqualTo("ada@acme.example, pat@acme.example");
            JsonObject payload = JsonParser.parseString(email.payload()).getAsJsonObject();
            assertThat(payload.get("subject").getAsString()).isEqualTo("Welcome to the team, Acme!");
            assertThat(payload.get("text").getAsString()).contains("Hi Ada <b>Admin</b> & co, Pat Program,")
                    .contains(SAAS).doesNotContain("introduce");
            assertThat(payload.get("html").getAsString()).contains("Hi Ada &lt;b&gt;Admin&lt;/b&gt; &amp; co, Pat Program,")
                    .contains(SAAS);
            assertThat(outbox(db, "handoff-welcome-draft:")).isEmpty();
            assertThat(outbox(db, "handoff-close:")).isEmpty();
            assertThat(HandoffTesting.handoff(db, id).welcomeSentAt()).isEqualTo(NOW);
            assertThat(HandoffTesting.service(db, clock).card(id).orElseThrow().checklist().items())
                    .filteredOn(i -> i.key().equals("welcome")).singleElement().satisfies(i -> assertThat(i.done()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("kindsAndDeployments")
    void theLowTouchEmailIsTheVariantOfTheDeployment(DatabaseKind kind, String deployment, String variant,
            String otherVariant) {
        try (Database db = kind.open()) {
            long id = account(db, "Pooled", WEB_DIRECT, deployment, null);
            for (int i = 1; i <= 4; i++) {
                contact(db, clock, id, "Person " + i, "p" + i + "@acme.example", Role.CHAMPION);
            }

            close(db, id, true);

            JsonObject payload = JsonParser.parseString(only(db, "handoff-welcome:" + id).payload()).getAsJsonObject();
            assertThat(payload.get("text").getAsString()).contains("Hi team,").contains(variant).doesNotContain(otherVariant);
            assertThat(payload.get("html").getAsString()).contains(variant).doesNotContain(otherVariant);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void withoutSmtpTheLowTouchWelcomeGoesToTheAeAsADraft(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, "Pooled", WEB_DIRECT, "Self-Managed", null);
            contact(db, clock, id, "Pat Program", "pat@acme.example", Role.PROGRAM_CONTACT);

            assertThat(close(db, id, false)).isEqualTo("Low-touch welcome email drafted for the AE (no SMTP)");

            assertThat(outbox(db, "handoff-welcome:")).isEmpty();
            OutboxMessage draft = only(db, "handoff-welcome-draft:" + id + ":");
            assertThat(draft.channel()).isEqualTo(AE);
            assertThat(draft.payload()).contains("Baton has no SMTP settings").contains("To: pat@acme.example")
                    .contains(SELF_MANAGED).doesNotContain("introduce");
            Handoff handoff = HandoffTesting.handoff(db, id);
            assertThat(handoff.welcomeSentAt()).isNull();
            assertThat(handoff.welcomeDraftedAt()).isEqualTo(NOW);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void withNoContactTaggedToWelcomeTheLowTouchWelcomeGoesToTheAeAsADraft(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, "Pooled", WEB_DIRECT, "SaaS", null);
            contact(db, clock, id, "Eve User", "eve@acme.example", Role.END_USER);

            assertThat(close(db, id, true)).isEqualTo("Low-touch welcome email drafted for the AE (no tagged contacts)");

            assertThat(outbox(db, "handoff-welcome:")).isEmpty();
            assertThat(only(db, "handoff-welcome-draft:" + id + ":").payload())
                    .contains("No contact is tagged Program Contact, Champion or Instance Admin yet")
                    .contains("To: the customer's Program Contact, Champion and Instance Admin");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theTeamMarksTheWelcomeSentOnceAndItIsAudited(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, "Pooled", WEB_DIRECT, "SaaS", null);
            Welcome welcome = new Welcome(db.jdbi(), HandoffTesting.ACCESS, clock, HandoffTesting.VIEWS, false);
            assertThat(welcome.markSent(AE, id)).as("no hand-off yet").contains(ALREADY_SENT);
            close(db, id, false);
            clock.advance(Duration.ofHours(2));

            assertThat(welcome.markSent(AE, id)).isEmpty();
            assertThat(welcome.markSent(LEADER, id)).contains(ALREADY_SENT);

            assertThat(HandoffTesting.handoff(db, id).welcomeSentAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
            assertThat(HandoffTesting.audit(db, id, "handoff.welcome_sent")).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(AE));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void onlyTheAccountTeamOrALeaderMarksTheWelcomeSent(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = account(db, NAMED, SALES_ASSISTED, "SaaS", EXPAND_AE);
            close(db, id, false);
            Welcome welcome = new Welcome(db.jdbi(), HandoffTesting.ACCESS, clock, HandoffTesting.VIEWS, false);

            assertThat(welcome.markSent(OUTSIDER, id))
                    .contains("Only Acme's account team or a leader can mark the welcome email sent.");
            assertThat(welcome.markSent(OUTSIDER, id + 1000)).contains("That account no longer exists.");

            assertThat(HandoffTesting.handoff(db, id).welcomeSentAt()).isNull();
            assertThat(HandoffTesting.audit(db, id, "handoff.welcome_sent")).isEmpty();
            assertThat(welcome.markSent(LEADER, id)).isEmpty();
        }
    }
}
