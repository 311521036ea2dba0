package dev.baton.handoff;

import dev.baton.account.AccountFields;
import dev.baton.account.Contact;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import dev.baton.account.Roles;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.account.TaSegmentation;
import dev.baton.account.TaSupportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.baton.handoff.HandoffTesting.EXPAND_AE;
import static dev.baton.handoff.HandoffTesting.NAMED;
import static dev.baton.handoff.HandoffTesting.SALES_ASSISTED;
import static dev.baton.handoff.HandoffTesting.WEB_DIRECT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** Which checklist items are done or missing, which block the close, and which button fixes each. */
class ChecklistTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final LocalDate CLOSE = LocalDate.parse("2027-02-26");
    private static final RoleCoverage NOBODY = RoleCoverage.of(List.of());
    private static final RoleCoverage COVERED = coverage(contact(1, Role.INSTANCE_ADMIN),
            contact(2, Role.PROGRAM_CONTACT, Role.CHAMPION));

    private static AccountFields named() {
        return HandoffTesting.fields(NAMED, SALES_ASSISTED, "SaaS", CLOSE);
    }

    /** Support level, segmentation and TA set, as leaders leave them. */
    private static AccountFields assigned(AccountFields f) {
        return f.withSupport(TaSupportLevel.HIGH_TOUCH, TaSegmentation.ENTERPRISE, TA);
    }

    private static Contact contact(long id, Role... roles) {
        return new Contact(id, 1, "Person " + id, "Engineer", "p" + id + "@acme.example", Roles.of(List.of(roles)),
                List.of(roles).contains(Role.INSTANCE_ADMIN));
    }

    private static RoleCoverage coverage(Contact... contacts) {
        return RoleCoverage.of(List.of(contacts));
    }

    private static Checklist checklist(AccountFields f, Handoff h, RoleCoverage coverage, boolean docFinal) {
        return Checklist.of(HandoffTesting.account(f), h, coverage, docFinal);
    }

    private static Checklist.Item item(Checklist checklist, String key) {
        return checklist.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> keys(Checklist checklist) {
        return checklist.items().stream().map(Checklist.Item::key).toList();
    }

    @Test
    void aNewNamedAccountMissesEveryItemAndSixOfThemBlockTheClose() {
        Checklist checklist = checklist(named(), null, NOBODY, false);

        assertThat(keys(checklist)).containsExactly("segmentation", "support-level", "ta", "contacts", "doc", "kt",
                "closed-won", "license", "welcome", "expand");
        assertThat(checklist.doneCount()).isZero();
        assertThat(checklist.missingBeforeClose()).containsExactly("TA segmentation set", "TA support level set",
                "TA assigned", "Contacts tagged, required roles covered", "Hand-off doc complete",
                "Knowledge transfer scheduled");
        assertThat(item(checklist, "contacts").detail()).isEqualTo("Missing: Instance Admin, Program Contact, Champion");
        assertThat(item(checklist, "contacts").action()).isEqualTo("roles-open-account");
        assertThat(item(checklist, "doc").action()).isEqualTo(HandoffIds.ACTION_DOC);
        assertThat(item(checklist, "kt").action()).isEqualTo(HandoffIds.ACTION_KT);
        assertThat(item(checklist, "closed-won").action()).isEqualTo(HandoffIds.ACTION_CLOSE);
    }

    @Test
    void leadersSetTheSegmentationSupportLevelAndTaAndTheCardShowsWhatTheyChose() {
        Checklist before = checklist(named(), null, NOBODY, false);
        assertThat(before.items().subList(0, 3)).allSatisfy(i -> {
            assertThat(i.done()).isFalse();
            assertThat(i.action()).isEqualTo(HandoffIds.ACTION_ASSIGN);
        });

        Checklist after = checklist(assigned(named()), null, NOBODY, false);
        assertThat(after.items().subList(0, 3)).allSatisfy(i -> assertThat(i.done()).isTrue());
        assertThat(item(after, "segmentation").detail()).isEqualTo("Enterprise");
        assertThat(item(after, "support-level").detail()).isEqualTo("High touch");
        assertThat(after.missingBeforeClose()).doesNotContain("TA segmentation set", "TA support level set", "TA assigned");
    }

    @Test
    void anSmbAccountWithoutSegmentationIsToldItsSegmentationIsDigital() {
        AccountFields smb = new AccountFields(null, "Tiny", Segment.SMB, ServiceModel.POOLED, null, null, OrderType.WEB_DIRECT,
                Deployment.SAAS,
                "0. Prospect", AE, CE, null, null, null, CLOSE, null, null, null, 5_000_00L, 5, null);
        assertThat(item(checklist(smb, null, NOBODY, false), "segmentation").detail()).isEqualTo("SMB accounts: Digital");
        assertThat(item(checklist(named(), null, NOBODY, false), "segmentation").detail()).isNull();
        assertThat(item(checklist(smb.withSupport(TaSupportLevel.LOW_TOUCH, TaSegmentation.DIGITAL, null), null, NOBODY, false), "segmentation")
                .detail()).isEqualTo("Digital");
    }

    @ParameterizedTest
    @ValueSource(strings = {SALES_ASSISTED, WEB_DIRECT})
    void eachServiceModelHasItsOwnItemsWhateverTheOrderType(String orderType) {
        assertThat(keys(checklist(HandoffTesting.fields("Named", orderType, "SaaS", CLOSE), null, NOBODY, false)))
                .contains("ta", "expand");
        assertThat(keys(checklist(HandoffTesting.fields("Pooled", orderType, "SaaS", CLOSE), null, NOBODY, false)))
                .contains("ta").doesNotContain("expand");
        Checklist scaled = checklist(HandoffTesting.fields("Scaled", orderType, "Self-Managed", CLOSE), null, NOBODY, false);
        assertThat(keys(scaled)).doesNotContain("ta", "expand");
        assertThat(scaled.missingBeforeClose()).doesNotContain("TA assigned");
    }

    @Test
    void contactsAreDoneOnlyWhenTheThreeRequiredRolesAreCoveredAndNobodyIsUntagged() {
        Checklist.Item championOnly = item(checklist(named(), null, coverage(contact(1, Role.CHAMPION),
                contact(2, Role.EXECUTIVE, Role.END_USER, Role.DEAL_CONTACT, Role.ECONOMIC_BUYER)), false), "contacts");
        assertThat(championOnly.done()).isFalse();
        assertThat(championOnly.detail()).isEqualTo("Missing: Instance Admin, Program Contact");

        Checklist.Item oneUntagged = item(checklist(named(), null, coverage(contact(1, Role.INSTANCE_ADMIN,
                Role.PROGRAM_CONTACT, Role.CHAMPION), contact(2)), false), "contacts");
        assertThat(oneUntagged.done()).isFalse();
        assertThat(oneUntagged.detail()).isEqualTo("1 untagged");

        Checklist.Item covered = item(checklist(named(), null, COVERED, false), "contacts");
        assertThat(covered.done()).isTrue();
        assertThat(covered.detail()).isNull();
    }

    @Test
    void theDocCountsOnlyOnceFinalAndTheKnowledgeTransferOnceScheduled() {
        Handoff started = new Progress().build();
        Checklist draft = checklist(assigned(named()), started, COVERED, false);
        assertThat(draft.missingBeforeClose()).containsExactly("Hand-off doc complete", "Knowledge transfer scheduled");

        Checklist finalDoc = checklist(assigned(named()), started, COVERED, true);
        assertThat(finalDoc.missingBeforeClose()).containsExactly("Knowledge transfer scheduled");

        Checklist ready = checklist(assigned(named()), new Progress().kt().build(), COVERED, true);
        assertThat(ready.missingBeforeClose()).isEmpty();
        assertThat(ready.doneCount()).isEqualTo(6);
    }

    @Test
    void itemsAfterTheCloseNeverBlockItAndOfferTheirButtonsOnlyOnceClosed() {
        Checklist open = checklist(assigned(named()), new Progress().kt().build(), COVERED, true);
        assertThat(open.items()).filteredOn(i -> !i.beforeClose()).extracting(Checklist.Item::key)
                .containsExactly("closed-won", "license", "welcome", "expand");
        assertThat(open.items()).filteredOn(i -> !i.beforeClose()).allSatisfy(i -> assertThat(i.done()).isFalse());
        assertThat(item(open, "license").action()).isNull();
        assertThat(item(open, "welcome").action()).isNull();
        assertThat(item(open, "expand").action()).isNull();

        Checklist closed = checklist(assigned(named()), new Progress().kt().closed().build(), COVERED, true);
        assertThat(item(closed, "closed-won").done()).isTrue();
        assertThat(item(closed, "license").action()).isEqualTo(HandoffIds.ACTION_LICENSE);
        assertThat(item(closed, "welcome").action()).isEqualTo(HandoffIds.ACTION_WELCOME_SENT);
        assertThat(item(closed, "expand").action()).isEqualTo(HandoffIds.ACTION_EXPAND);
    }

    @Test
    void aRecordedLicenseShowsItsKeySeatsAndExpiry() {
        Checklist.Item license = item(checklist(named(), new Progress().closed().license().build(), COVERED, true),
                "license");
        assertThat(license.done()).isTrue();
        assertThat(license.detail()).isEqualTo("LIC-1 · 400 seats · expires 2027-11-23");
        assertThat(item(checklist(named(), new Progress().closed().build(), COVERED, true), "license").detail()).isNull();
    }

    @Test
    void onlyANamedAccountsWelcomeEmailIsMarkedSentFromTheCard() {
        AccountFields pooled = HandoffTesting.fields("Pooled", WEB_DIRECT, "SaaS", CLOSE);
        assertThat(item(checklist(pooled, new Progress().closed().build(), COVERED, true), "welcome").action()).isNull();
        Checklist.Item sent = item(checklist(pooled, new Progress().closed().welcomeSent().build(), COVERED, true),
                "welcome");
        assertThat(sent.done()).isTrue();
        assertThat(item(checklist(named(), new Progress().closed().welcomeSent().build(), COVERED, true), "welcome")
                .done()).isTrue();
    }

    @Test
    void theExpandHandoverSaysWhenThereIsNoExpandAeYetAndIsDoneWhenHandedOver() {
        Handoff closed = new Progress().closed().build();
        assertThat(item(checklist(named(), closed, COVERED, true), "expand").detail())
                .isEqualTo("No Expand AE on the account yet");
        AccountFields withExpand = named().withTeam(AE, CE, TA, EXPAND_AE);
        assertThat(item(checklist(withExpand, closed, COVERED, true), "expand").detail()).isNull();
        assertThat(item(checklist(withExpand, closed, COVERED, true), "expand").done()).isFalse();
        assertThat(item(checklist(withExpand, new Progress().closed().handedOver().build(), COVERED, true), "expand")
                .done()).isTrue();
    }

    @Test
    void everyItemIsDoneWhenTheWholeHandOffIs() {
        AccountFields f = assigned(named()).withTeam(AE, CE, TA, EXPAND_AE);
        Checklist all = checklist(f, new Progress().kt().closed().license().welcomeSent().handedOver().build(),
                COVERED, true);
        assertThat(all.items()).allSatisfy(i -> assertThat(i.done()).as(i.key()).isTrue());
        assertThat(all.doneCount()).isEqualTo(all.items().size());
        assertThat(Set.copyOf(all.items().stream().map(Checklist.Item::label).toList())).hasSize(10);
    }

    /** A hand-off row as it stands after some steps, for rules that need no database. */
    private static final class Progress {
        private Instant kt;
        private Instant closed;
        private String license;
        private Instant welcomeSent;
        private Instant expandDone;

        Progress kt() {
            kt = NOW.plusSeconds(86_400);
            return this;
        }

        Progress closed() {
            closed = NOW;
            return this;
        }

        Progress license() {
            license = "LIC-1";
            return this;
        }

        Progress welcomeSent() {
            welcomeSent = NOW;
            return this;
        }

        Progress handedOver() {
            expandDone = NOW;
            return this;
        }

        Handoff build() {
            return new Handoff(1, AE, NOW, kt, kt == null ? null : String.join(",", CE, TA, AE), kt == null ? null : CE,
                    closed, closed == null ? null : AE, null, license, license == null ? null : 400,
                    license == null ? null : LocalDate.parse("2027-11-23"), license == null ? null : TA, null,
                    welcomeSent, expandDone != null, expandDone != null, expandDone != null, expandDone,
                    expandDone == null ? null : AE);
        }
    }
}
