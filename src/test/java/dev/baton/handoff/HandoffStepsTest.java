package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountFields;
import dev.baton.config.ExpandTeam;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.TimelineStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.baton.handoff.HandoffTesting.EXPAND_AE;
import static dev.baton.handoff.HandoffTesting.LEADERS;
import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.handoff.HandoffTesting.WEB_DIRECT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-off's own timeline steps: when each falls due, and when each counts as done. */
class HandoffStepsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    /** A Friday: 35 days before is a Friday and 30 days before a Wednesday. */
    private static final LocalDate CLOSE = LocalDate.parse("2027-02-26");
    private final MutableClock clock = new MutableClock(NOW);

    private TimelineStep step(String id) {
        return HandoffSteps.all(LEADERS, HandoffTesting.VIEWS, clock).stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow();
    }

    private Instant dueAt(String id, AccountFields f) {
        return step(id).dueAt(HandoffTesting.account(f), ZoneOffset.UTC).orElse(null);
    }

    private static AccountFields closedOn(AccountFields f, String date) {
        return f.withClose("1. Onboarding", Instant.parse(date + "T12:00:00Z"), LocalDate.parse(date));
    }

    private StepCheck check(Database db, String id, long accountId) {
        return db.jdbi().withHandle(h -> step(id).check(h, HandoffTesting.account(db, accountId)));
    }

    @Test
    void theDocAndPlaybookStepsFall35And30DaysBeforeTheCloseAndGoOnceClosed() {
        AccountFields open = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE);
        assertThat(dueAt("handoff-doc-kt", open)).isEqualTo("2027-01-22T09:00:00Z");
        assertThat(dueAt("handoff-playbook", open)).isEqualTo("2027-01-27T09:00:00Z");
        assertThat(List.of("production-license", "expand-handover", "expand-discovery"))
                .allSatisfy(id -> assertThat(dueAt(id, open)).as(id).isNull());

        AccountFields closed = closedOn(open, "2026-11-23");
        assertThat(dueAt("handoff-doc-kt", closed)).isNull();
        assertThat(dueAt("handoff-playbook", closed)).isNull();
        assertThat(dueAt("handoff-doc-kt", HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", null))).isNull();
    }

    @Test
    void theStepsAfterTheCloseFallTheDayAfterClosedWonByOrderTypeAndServiceModel() {
        AccountFields salesAssisted = closedOn(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE), "2026-11-23");
        assertThat(dueAt("production-license", salesAssisted)).isEqualTo("2026-11-24T09:00:00Z");
        assertThat(dueAt("expand-handover", salesAssisted)).isEqualTo("2026-11-24T09:00:00Z");
        assertThat(dueAt("expand-discovery", salesAssisted)).isNull();

        AccountFields webDirect = closedOn(HandoffTesting.fields(NAMED, WEB_DIRECT, "SaaS", CLOSE), "2026-11-23");
        assertThat(dueAt("expand-discovery", webDirect)).isEqualTo("2026-11-24T09:00:00Z");
        assertThat(dueAt("expand-handover", webDirect)).isNull();

        for (String lowTouch : List.of("Pooled", "Scaled")) {
            AccountFields f = closedOn(HandoffTesting.fields(lowTouch, SALES_ASSISTED, "SaaS", CLOSE), "2026-11-23");
            assertThat(dueAt("production-license", f)).isEqualTo("2026-11-24T09:00:00Z");
            assertThat(dueAt("expand-handover", f)).as(lowTouch).isNull();
            assertThat(dueAt("expand-discovery", f)).as(lowTouch).isNull();
        }
        // closed on a Friday: the day after is a Saturday, so Monday morning
        assertThat(dueAt("expand-handover", closedOn(HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE),
                "2026-11-20"))).isEqualTo("2026-11-23T09:00:00Z");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theDocStepIsDoneOnlyOnceADocVersionIsFinalAndTheTransferIsScheduled(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE));
            HandoffWork work = HandoffTesting.work(db, clock);
            String headline = "fill the hand-off doc and schedule the knowledge transfer with the TA and AE";
            assertThat(check(db, "handoff-doc-kt", id)).isEqualTo(new StepCheck.Needed(List.of(CE), headline,
                    List.of("Hand-off doc not complete", "Knowledge transfer not scheduled"), new com.google.gson.JsonArray()));

            work.saveDoc(CE, id, Map.of("doc-goals", "Ship"), false);
            assertThat(check(db, "handoff-doc-kt", id)).isInstanceOfSatisfying(StepCheck.Needed.class,
                    n -> assertThat(n.details()).containsExactly("Hand-off doc not complete", "Knowledge transfer not scheduled"));

            work.saveDoc(CE, id, Map.of("doc-goals", "Ship faster"), true);
            work.saveDoc(CE, id, Map.of("doc-goals", "Ship faster, edited"), false);
            assertThat(check(db, "handoff-doc-kt", id)).as("a draft after the final keeps the doc complete")
                    .isInstanceOfSatisfying(StepCheck.Needed.class,
                            n -> assertThat(n.details()).containsExactly("Knowledge transfer not scheduled"));

            work.scheduleKnowledgeTransfer(CE, id, NOW.plus(Duration.ofDays(3)), List.of(CE, TA, AE));
            assertThat(check(db, "handoff-doc-kt", id)).isInstanceOf(StepCheck.Satisfied.class);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void thePlaybookPostsTheCardToTheAccountsChannelOrElseToItsTeam(DatabaseKind kind) {
        try (Database db = kind.open()) {
            AccountFields f = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE);
            long team = HandoffTesting.insert(db.jdbi(), clock, f);
            long channel = HandoffTesting.insert(db.jdbi(), clock, new AccountFields("001CHAN", "Chan Co", f.segment(),
                    f.serviceModel(), null, null, f.orderType(), f.deployment(), f.lifecycleStage(), AE, CE, null, null,
                    "C0CHANCO", CLOSE, null, null, null, f.arrCents(), f.seatsPurchased(), null));

            assertThat(check(db, "handoff-playbook", team)).isInstanceOfSatisfying(StepCheck.Notice.class, n -> {
                assertThat(n.recipients()).containsExactly(AE, CE);
                assertThat(n.message().toString()).contains("Hand-off: Acme").contains(HandoffIds.ACTION_CLOSE);
            });
            assertThat(check(db, "handoff-playbook", channel)).isInstanceOfSatisfying(StepCheck.Notice.class,
                    n -> assertThat(n.recipients()).containsExactly("C0CHANCO"));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theLicenseStepRemindsTheTaOrTheCeOfAScaledAccountUntilTheLicenseIsRecorded(DatabaseKind kind) {
        try (Database db = kind.open()) {
            AccountFields named = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE).withTeam(AE, CE, TA, null);
            long withTa = HandoffTesting.insert(db.jdbi(), clock, named);
            long scaled = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.renamed(
                    HandoffTesting.fields("Scaled", SALES_ASSISTED, "SaaS", CLOSE).withTeam(AE, CE, TA, null), "Scale", "001S"));
            long noTa = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.renamed(
                    HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE), "Nota", "001N"));
            HandoffClose close = HandoffTesting.close(db, clock, false);
            for (long id : List.of(withTa, scaled, noTa)) {
                close.close(LEADER, id, "signed early");
            }

            assertThat(check(db, "production-license", withTa)).isInstanceOfSatisfying(StepCheck.Needed.class, n -> {
                assertThat(n.recipients()).containsExactly(TA);
                assertThat(n.details()).containsExactly("Closed-won 2026-11-23");
            });
            assertThat(((StepCheck.Needed) check(db, "production-license", scaled)).recipients()).containsExactly(CE);
            assertThat(((StepCheck.Needed) check(db, "production-license", noTa)).recipients()).containsExactly(CE);

            HandoffTesting.handover(db, clock, ExpandTeam.NOBODY).recordLicense(TA, withTa, "LIC-1", 400,
                    LocalDate.parse("2027-11-23"));
            assertThat(check(db, "production-license", withTa)).isEqualTo(new StepCheck.Satisfied("license recorded"));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theExpandStepsRemindTheFirstOrderAeOrTheExpandAeUntilHandedOver(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long salesAssisted = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.fields(NAMED, SALES_ASSISTED,
                    "SaaS", CLOSE));
            long webDirect = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.renamed(HandoffTesting.fields(NAMED,
                    WEB_DIRECT, "SaaS", CLOSE).withTeam(AE, CE, null, EXPAND_AE), "Webco", "001W"));
            long nobody = HandoffTesting.insert(db.jdbi(), clock, HandoffTesting.renamed(HandoffTesting.fields(NAMED,
                    WEB_DIRECT, "SaaS", CLOSE), "Noco", "001X"));
            HandoffClose close = HandoffTesting.close(db, clock, false);
            for (long id : List.of(salesAssisted, webDirect, nobody)) {
                close.close(LEADER, id, "signed early");
            }

            assertThat(check(db, "expand-handover", salesAssisted)).isInstanceOfSatisfying(StepCheck.Needed.class, n -> {
                assertThat(n.recipients()).containsExactly(AE);
                assertThat(n.headline()).isEqualTo("hand over to the Expand AE (due within 24 hours of the close)");
            });
            assertThat(check(db, "expand-discovery", webDirect)).isInstanceOfSatisfying(StepCheck.Needed.class,
                    n -> assertThat(n.recipients()).containsExactly(EXPAND_AE));
            assertThat(((StepCheck.Needed) check(db, "expand-discovery", nobody)).recipients()).containsExactly(LEADER);

            Handover handover = HandoffTesting.handover(db, clock, ExpandTeam.NOBODY);
            Set<String> every = Set.of("tagged", "components", "told");
            handover.saveChecklist(AE, salesAssisted, EXPAND_AE, Set.of("tagged", "told"));
            assertThat(check(db, "expand-handover", salesAssisted)).isInstanceOf(StepCheck.Needed.class);
            handover.saveChecklist(AE, salesAssisted, EXPAND_AE, every);
            handover.saveChecklist(EXPAND_AE, webDirect, EXPAND_AE, every);
            assertThat(check(db, "expand-handover", salesAssisted)).isEqualTo(new StepCheck.Satisfied("handed over"));
            assertThat(check(db, "expand-discovery", webDirect)).isEqualTo(new StepCheck.Satisfied("handed over"));
            Account moved = HandoffTesting.account(db, salesAssisted);
            assertThat(moved.ae()).isEqualTo(EXPAND_AE);
        }
    }
}
