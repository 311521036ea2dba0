package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.AccountFields;
import dev.baton.config.ExpandTeam;
import dev.baton.outbox.OutboxMessage;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.baton.handoff.HandoffTesting.EXPAND_AE;
import static dev.baton.handoff.HandoffTesting.LEADERS;
import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.handoff.HandoffTesting.audit;
import static dev.baton.handoff.HandoffTesting.outbox;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** After the close: the First Order AE's hand-over checklist to the Expand AE, and who records the license. */
class HandoverTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final Set<String> EVERY_ITEM = Set.of("tagged", "components", "told");
    private static final String ENTERPRISE_MANAGER = "UENTMGR1";
    private static final String SALES_SUPPORT = "USUPPORT1";
    private static final ExpandTeam EXPAND_TEAM = new ExpandTeam(List.of(SALES_SUPPORT),
            Map.of("Enterprise", List.of(ENTERPRISE_MANAGER, LEADER)));
    private final MutableClock clock = new MutableClock(NOW);

    /** A Sales Assisted, Named account a leader has closed, with a TA and no Expand AE yet. */
    private long closedAccount(Database db, String serviceModel) {
        AccountFields f = HandoffTesting.fields(serviceModel, SALES_ASSISTED, "SaaS", LocalDate.parse("2027-02-26"));
        f = NAMED.equals(serviceModel) ? f : HandoffTesting.renamed(f, "Acme " + serviceModel, "001" + serviceModel);
        long id = HandoffTesting.insert(db.jdbi(), clock, f.withTeam(AE, CE, TA, null));
        assertThat(HandoffTesting.close(db, clock, false).close(LEADER, id, "signed early"))
                .isInstanceOf(CloseOutcome.Closed.class);
        clock.advance(Duration.ofHours(3));
        return id;
    }

    private static List<String> channels(Database db, String prefix) {
        return outbox(db, prefix).stream().map(OutboxMessage::channel).toList();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theAccountMovesToTheExpandAeOnlyWhenEveryItemIsTicked(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = closedAccount(db, NAMED);
            Handover handover = HandoffTesting.handover(db, clock, ExpandTeam.NOBODY);

            assertThat(handover.saveChecklist(AE, id, EXPAND_AE, Set.of("tagged", "components"))).isEmpty();
            Account partly = HandoffTesting.account(db, id);
            assertThat(partly.ae()).isEqualTo(AE);
            assertThat(partly.expandAe()).isEqualTo(EXPAND_AE);
            Handoff inProgress = HandoffTesting.handoff(db, id);
            assertThat(List.of(inProgress.expandTagged(), inProgress.expandComponents(), inProgress.expandTeamTold()))
                    .containsExactly(true, true, false);
            assertThat(inProgress.expandDoneAt()).isNull();
            assertThat(outbox(db, "handoff-handover:")).isEmpty();

            assertThat(handover.saveChecklist(AE, id, EXPAND_AE, EVERY_ITEM)).isEmpty();
            assertThat(HandoffTesting.account(db, id).ae()).isEqualTo(EXPAND_AE);
            Handoff done = HandoffTesting.handoff(db, id);
            assertThat(done.expandDoneAt()).isEqualTo(clock.instant());
            assertThat(done.expandDoneBy()).isEqualTo(AE);
            assertThat(channels(db, "handoff-handover:" + id + ":")).containsExactly(EXPAND_AE, AE);
            assertThat(outbox(db, "handoff-handover:").get(0).payload()).contains("is handed over")
                    .contains("<@" + EXPAND_AE + "> now owns the account");
            assertThat(audit(db, id, "handoff.handover_checklist")).extracting(e -> e.afterJson().contains("\"complete\":true"))
                    .containsExactly(false, true);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aHandOverCompletedAgainTellsNobodyTwice(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = closedAccount(db, NAMED);
            Handover handover = HandoffTesting.handover(db, clock, EXPAND_TEAM);
            handover.saveChecklist(AE, id, EXPAND_AE, EVERY_ITEM);
            int posts = outbox(db, "").size();
            Instant doneAt = HandoffTesting.handoff(db, id).expandDoneAt();
            clock.advance(Duration.ofDays(1));

            assertThat(handover.saveChecklist(EXPAND_AE, id, EXPAND_AE, EVERY_ITEM)).isEmpty();

            assertThat(outbox(db, "")).hasSize(posts);
            assertThat(HandoffTesting.handoff(db, id).expandDoneAt()).isEqualTo(doneAt);
            assertThat(audit(db, id, "handoff.expand_team_told")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void tickingExpandTeamToldDmsTheExpandAeAndTheSegmentsPeopleButNotWhoTickedIt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = closedAccount(db, NAMED);
            Handover handover = HandoffTesting.handover(db, clock, EXPAND_TEAM);

            assertThat(handover.saveChecklist(LEADER, id, EXPAND_AE, Set.of("told"))).isEmpty();

            assertThat(channels(db, "handoff-expand-told:" + id + ":")).containsExactly(EXPAND_AE, ENTERPRISE_MANAGER);
            assertThat(outbox(db, "handoff-expand-told:").get(0).payload())
                    .contains("is being handed over from First Order (<@" + AE + ">)").contains("Told by <@" + LEADER + ">");
            assertThat(audit(db, id, "handoff.expand_team_told")).singleElement()
                    .satisfies(e -> assertThat(e.afterJson()).contains(EXPAND_AE).contains(ENTERPRISE_MANAGER)
                            .doesNotContain(SALES_SUPPORT));
            assertThat(HandoffTesting.account(db, id).ae()).as("not every item is ticked").isEqualTo(AE);

            handover.saveChecklist(LEADER, id, EXPAND_AE, Set.of("told", "tagged"));
            assertThat(outbox(db, "handoff-expand-told:")).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void onlyTheAccountTeamOrALeaderHandsOver(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = closedAccount(db, NAMED);
            Handover handover = HandoffTesting.handover(db, clock, EXPAND_TEAM);

            assertThat(handover.saveChecklist(OUTSIDER, id, EXPAND_AE, EVERY_ITEM))
                    .contains("Only Acme's account team or a leader can do the hand-over.");
            assertThat(handover.saveChecklist(AE, id + 1000, EXPAND_AE, EVERY_ITEM))
                    .contains("That account no longer exists.");
            assertThat(HandoffTesting.account(db, id).ae()).isEqualTo(AE);
            assertThat(HandoffTesting.handoff(db, id).expandDoneAt()).isNull();
            assertThat(outbox(db, "handoff-expand-told:")).isEmpty();
        }
    }

    @Test
    void theTaRecordsTheLicenseTheCeOnAScaledAccountAndTheTeamWhenThereIsNeither() {
        AccountFields named = HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", null).withTeam(AE, CE, TA, null);
        Account withTa = HandoffTesting.account(named);
        assertThat(List.of(TA, LEADER)).allMatch(u -> Handover.mayRecordLicense(u, withTa, HandoffTesting.ACCESS));
        assertThat(List.of(CE, AE, OUTSIDER)).noneMatch(u -> Handover.mayRecordLicense(u, withTa, HandoffTesting.ACCESS));

        Account scaled = HandoffTesting.account(HandoffTesting.fields("Scaled", SALES_ASSISTED, "SaaS", null)
                .withTeam(AE, CE, TA, null));
        assertThat(List.of(CE, LEADER)).allMatch(u -> Handover.mayRecordLicense(u, scaled, HandoffTesting.ACCESS));
        assertThat(List.of(TA, AE)).noneMatch(u -> Handover.mayRecordLicense(u, scaled, HandoffTesting.ACCESS));

        Account noTa = HandoffTesting.account(named.withTeam(AE, CE, null, null));
        assertThat(List.of(AE, CE, LEADER)).allMatch(u -> Handover.mayRecordLicense(u, noTa, HandoffTesting.ACCESS));
        assertThat(Handover.mayRecordLicense(OUTSIDER, noTa, HandoffTesting.ACCESS)).isFalse();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theLicenseIsRecordedByItsOwnerAndAudited(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long named = closedAccount(db, NAMED);
            long scaled = closedAccount(db, "Scaled");
            Handover handover = HandoffTesting.handover(db, clock, ExpandTeam.NOBODY);
            LocalDate expires = LocalDate.parse("2027-11-23");

            assertThat(handover.recordLicense(CE, named, "LIC-1", 400, expires))
                    .contains("The TA or a leader records the production license.");
            assertThat(handover.recordLicense(TA, scaled, "LIC-2", 50, expires))
                    .contains("The CE or a leader records the production license.");
            assertThat(handover.recordLicense(TA, named + scaled + 1000, "LIC-3", 1, expires))
                    .contains("That account no longer exists.");
            assertThat(HandoffTesting.handoff(db, named).licenseRecorded()).isFalse();

            assertThat(handover.recordLicense(TA, named, "LIC-1", 400, expires)).isEqualTo(Optional.empty());
            assertThat(handover.recordLicense(CE, scaled, "LIC-2", 50, expires)).isEmpty();

            Handoff license = HandoffTesting.handoff(db, named);
            assertThat(List.of(license.licenseKeyId(), license.licenseSeats(), license.licenseExpires(),
                    license.licenseRecordedBy())).containsExactly("LIC-1", 400, expires, TA);
            assertThat(HandoffTesting.handoff(db, scaled).licenseRecordedBy()).isEqualTo(CE);
            assertThat(audit(db, named, "handoff.license_recorded")).singleElement()
                    .satisfies(e -> assertThat(e.afterJson()).contains("LIC-1").contains("2027-11-23"));
        }
    }
}
