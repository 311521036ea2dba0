package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import dev.baton.account.Roles;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.handoff.Checklist;
import dev.baton.handoff.Handoff;
import dev.baton.handoff.HandoffCard;
import dev.baton.handoff.HandoffDoc;
import dev.baton.handoff.HandoffViews;
import dev.baton.outbox.DeadLetter;
import dev.baton.roles.RolesCard;
import dev.baton.roles.RolesViews;
import dev.baton.timeline.ReminderViews;
import dev.baton.timeline.StepCheck;
import dev.baton.usage.Mutes;
import dev.baton.usage.SeatThresholds;
import dev.baton.usage.UsageAlert;
import dev.baton.usage.UsageMute;
import dev.baton.usage.UsageViews;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders every template with hostile fixture data, parses the Block Kit ones and checks Slack's limits. */
class TemplatesTest {
    static final String HOSTILE = "<!channel> \"quoted\" back\\slash\nnew line *bold* <@U123> & 🎉 ";
    static final String LONG = HOSTILE + "x".repeat(5000);
    /** What a hand-off modal carries: Baton's own JSON, the account and a response_url. */
    static final String HANDOFF_METADATA = "{\"accountId\":7,\"responseUrl\":\"https://hooks.slack.com/commands/T0/1/a?b=c&d=e\"}";

    private final BlockKit blockKit = new BlockKit(new Templates(Path.of("templates")));
    private final ReminderViews reminders = new ReminderViews(blockKit);
    private final Templates templates = new Templates(Path.of("templates"));
    private final RolesViews roles = new RolesViews(blockKit);

    static Account account(String name) {
        return new Account(7, "001" + name.length(), name, Segment.ENTERPRISE, ServiceModel.NAMED, null, null,
                OrderType.SALES_ASSISTED, Deployment.SAAS, "0. Prospect", "UAE1", "UCE1", "UTA1", null, null,
                null, null, null, null, 100_00L, 10, null, null);
    }

    static List<Contact> contacts(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Contact(i, 7, LONG + i, LONG, "c" + i + "@acme.com",
                Roles.of(i % 3 == 0 ? Set.of() : Set.of(Role.values()[i % 7])), i % 7 == 2)).toList();
    }

    private Map<String, Supplier<JsonObject>> fixtures() {
        Account account = account(LONG);
        List<Contact> contacts = contacts(45);
        RolesCard card = new RolesCard(account, contacts, RoleCoverage.of(contacts), new LighthouseNomination(1, 7, 2L,
                "UMGR1", Instant.EPOCH, LONG, LighthouseNomination.NOMINATED),
                new dev.baton.account.AccountHealthSummary(7, 38, "red", "utilisation,adoption,engagement", 55),
                dev.baton.account.DigitalJourneys.Status.NONE);
        Map<String, Supplier<JsonObject>> fixtures = new LinkedHashMap<>();
        fixtures.put("fragments/notice.json.ftl", () -> roles.notice(LONG));
        fixtures.put("fragments/database-unreachable.json.ftl", () -> JsonParser.parseString(
                blockKit.renderEphemeral("fragments/database-unreachable.json.ftl", Map.of())).getAsJsonObject());
        fixtures.put("fragments/database-unreachable-modal.json.ftl", () -> blockKit.renderTree(
                "fragments/database-unreachable-modal.json.ftl", Map.of("overForm", true)));
        fixtures.put("roles/card.json.ftl", () -> roles.card(card, true, 2, LONG, contacts.get(0)));
        fixtures.put("roles/contact-modal.json.ftl", () -> JsonParser.parseString(
                roles.contactModal(account, contacts.get(1), "{\"responseUrl\":\"https://hooks.slack.com/a?b=c&d=e\"}"))
                .getAsJsonObject());
        fixtures.put("roles/overview.json.ftl", () -> roles.overview(
                IntStream.range(0, 20).mapToObj(i -> account(LONG + i)).toList(), "UAE1"));
        fixtures.put("roles/choices.json.ftl", () -> roles.choices(LONG,
                IntStream.range(0, 10).mapToObj(i -> account(LONG + i)).toList()));
        fixtures.put("roles/not-found.json.ftl", () -> roles.notFound(LONG, List.of(LONG, HOSTILE)));
        fixtures.put("roles/forbidden.json.ftl", () -> roles.forbidden(LONG, Set.of("UAE1", "UCE1")));
        fixtures.put("roles/coverage-complete.json.ftl", () -> blockKit.renderTree("roles/coverage-complete.json.ftl",
                Map.of("card", card)));
        dev.baton.home.HomeTemplateFixtures.add(fixtures, blockKit, LONG);
        fixtures.put("outbox/dead-letter.json.ftl", () -> blockKit.renderTree("outbox/dead-letter.json.ftl", Map.of(
                "id", 12345678901L, "destination", LONG, "attempts", 1, "error", LONG, "dedupeKey", LONG,
                "queuedAt", LONG)));
        StepCheck.Needed needed = new StepCheck.Needed(List.of("UCE1", "UAE1"), LONG, List.of(LONG, HOSTILE),
                roles.card(card, true, 1, null, null).getAsJsonArray("blocks"));
        fixtures.put("timeline/reminder.json.ftl", () -> reminders.reminder(12345678901L, account, needed, 3, 3, true));
        HandoffViews handoff = new HandoffViews(blockKit, new Templates(Path.of("templates")));
        Handoff started = new Handoff(7, "UAE1", Instant.EPOCH, Instant.EPOCH, LONG, "UCE1", Instant.EPOCH, "UAE1",
                LONG, LONG, 400, java.time.LocalDate.of(2027, 1, 31), "UTA1", null, null, false, false, false, null, null);
        HandoffCard handoffCard = new HandoffCard(account, started, contacts, Checklist.of(account, started,
                RoleCoverage.of(contacts), false), new HandoffDoc(1, 7, 3, HandoffDoc.DRAFT, "{}", "UCE1", Instant.EPOCH),
                java.time.LocalDate.of(2026, 11, 23));
        fixtures.put("handoff/card.json.ftl", () -> handoff.card(handoffCard));
        Map<String, String> docFields = Map.of("goals", LONG, "success", HOSTILE, "environment", LONG, "teams", LONG,
                "risks", LONG, "notes", LONG, "ie", "yes");
        fixtures.put("handoff/doc-modal.json.ftl", () -> JsonParser.parseString(handoff.docModal(account, docFields, 3,
                HANDOFF_METADATA)).getAsJsonObject());
        fixtures.put("handoff/doc.json.ftl", () -> blockKit.renderTree("handoff/doc.json.ftl", Map.of("account", account,
                "fields", docFields, "version", 3, "status", "final", "savedBy", "UCE1", "stakeholders", contacts)));
        fixtures.put("handoff/close-modal.json.ftl", () -> JsonParser.parseString(handoff.closeModal(account,
                List.of(LONG, HOSTILE), HANDOFF_METADATA)).getAsJsonObject());
        fixtures.put("handoff/license-modal.json.ftl", () -> JsonParser.parseString(handoff.licenseModal(account,
                HANDOFF_METADATA)).getAsJsonObject());
        Handoff ticked = new Handoff(7, "UAE1", Instant.EPOCH, null, null, null, Instant.EPOCH, "UAE1", null, null, null,
                null, null, null, null, true, false, true, null, null);
        fixtures.put("handoff/expand-modal.json.ftl", () -> JsonParser.parseString(handoff.expandModal(account, ticked,
                HANDOFF_METADATA)).getAsJsonObject());
        fixtures.put("handoff/welcome-draft.json.ftl", () -> blockKit.renderTree("handoff/welcome-draft.json.ftl",
                Map.of("account", account, "recipients", List.of(LONG), "draft", LONG, "why", HOSTILE)));
        fixtures.put("handoff/fo-handover.json.ftl", () -> blockKit.renderTree("handoff/fo-handover.json.ftl",
                Map.of("account", account)));
        fixtures.put("handoff/discovery-task.json.ftl", () -> blockKit.renderTree("handoff/discovery-task.json.ftl",
                Map.of("account", account)));
        fixtures.put("handoff/handover-done.json.ftl", () -> blockKit.renderTree("handoff/handover-done.json.ftl",
                Map.of("account", account, "by", "UAE1")));
        fixtures.put("handoff/expand-team-told.json.ftl", () -> handoff.expandTeamTold(account, "UEXP1", "UAE1"));
        fixtures.put("handoff/kt-modal.json.ftl", () -> JsonParser.parseString(handoff.ktModal(account, true,
                HANDOFF_METADATA)).getAsJsonObject());
        fixtures.put("handoff/kt-scheduled.json.ftl", () -> blockKit.renderTree("handoff/kt-scheduled.json.ftl",
                Map.of("account", account, "when", LONG, "attendees", List.of("UCE1", "UTA1"), "scheduledBy", "UCE1",
                        "mail", true)));
        fixtures.put("handoff/start-modal.json.ftl", () -> JsonParser.parseString(handoff.startModal("UAE1", HANDOFF_METADATA))
                .getAsJsonObject());
        fixtures.put("handoff/assign-modal.json.ftl", () -> JsonParser.parseString(handoff.assignModal(account, HANDOFF_METADATA))
                .getAsJsonObject());
        fixtures.put("handoff/ta-assigned.json.ftl", () -> blockKit.renderTree("handoff/ta-assigned.json.ftl",
                Map.of("card", handoffCard)));
        fixtures.put("handoff/ta-introduction.json.ftl", () -> blockKit.renderTree("handoff/ta-introduction.json.ftl",
                Map.of("card", handoffCard)));
        fixtures.put("timeline/escalation.json.ftl", () -> reminders.escalation(12345678901L, account, needed, 3));
        ChurnTemplateFixtures.add(fixtures, new Templates(Path.of("templates")), account, LONG);
        ForecastTemplateFixtures.add(fixtures, blockKit, account, LONG);
        dev.baton.renewal.RenewalTemplateFixtures.add(fixtures, blockKit, account, LONG);
        dev.baton.lighthouse.LighthouseTemplateFixtures.add(fixtures, blockKit, account, LONG);
        SuccessPlanTemplateFixtures.add(fixtures, blockKit, account, contacts, LONG);
        dev.baton.accounthealth.HealthTemplateFixtures.add(fixtures, blockKit, account);
        usageFixtures(fixtures, account);
        dev.baton.journey.JourneyTemplateFixtures.slack(fixtures, blockKit, LONG);
        return fixtures;
    }

    /** Email templates: rendered with hostile text, which must come out HTML-escaped (HTML) or as typed (text). */
    private Map<String, Supplier<String>> emailFixtures() {
        Map<String, Object> kt = Map.of("account", account(HOSTILE), "when", "Monday", "scheduledByName", HOSTILE);
        Map<String, Supplier<String>> fixtures = new LinkedHashMap<>();
        fixtures.put("handoff/kt-invite.html.ftl", () -> templates.render("handoff/kt-invite.html.ftl", kt));
        fixtures.put("handoff/kt-invite.txt.ftl", () -> templates.render("handoff/kt-invite.txt.ftl", kt));
        Map<String, Object> welcome = Map.of("account", account(HOSTILE), "greeting", HOSTILE, "introducing", true,
                "expandAe", HOSTILE, "link", dev.baton.config.JourneySettings.defaultLinks());
        fixtures.put("handoff/welcome.html.ftl", () -> templates.render("handoff/welcome.html.ftl", welcome));
        fixtures.put("handoff/welcome.txt.ftl", () -> templates.render("handoff/welcome.txt.ftl", welcome));
        fixtures.putAll(dev.baton.journey.JourneyTemplateFixtures.texts(templates, HOSTILE));
        return fixtures;
    }

    @TestFactory
    Stream<DynamicTest> emailTemplatesEscapeHtmlAndKeepTextAsTyped() {
        return emailFixtures().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String rendered = entry.getValue().get();
            if (entry.getKey().endsWith(".html.ftl")) {
                assertThat(rendered).contains("&lt;!channel&gt; &quot;quoted&quot;").doesNotContain("<!channel>");
            } else {
                assertThat(rendered).contains("<!channel> \"quoted\"");
            }
        }));
    }

    private void usageFixtures(Map<String, Supplier<JsonObject>> fixtures, Account account) {
        UsageViews usage = new UsageViews(blockKit, java.time.ZoneId.of("Europe/Berlin"));
        UsageAlert firstUse = new UsageAlert(12345678901L, UsageAlert.FIRST_USE, 7, LONG, LONG, Instant.EPOCH, 123456,
                null, null, null, null, null, null, Instant.EPOCH);
        UsageAlert handled = new UsageAlert(12345678901L, SeatThresholds.UNDER_USED, 7, null, null, Instant.EPOCH,
                null, 12, 400, LONG, Instant.EPOCH, "UAE1", Instant.EPOCH, Instant.EPOCH);
        Mutes mutes = new Mutes(List.of(new UsageMute(UsageMute.ACCOUNT, "7", "ULEAD", Instant.EPOCH),
                new UsageMute(UsageMute.FEATURE, LONG, "ULEAD", Instant.EPOCH)));
        fixtures.put("usage/first-use.json.ftl", () -> usage.alert(firstUse, account, new Mutes(List.of())));
        fixtures.put("usage/seat-alert.json.ftl", () -> usage.alert(new UsageAlert(1, SeatThresholds.NEAR_LIMIT, 7,
                null, null, Instant.EPOCH, null, 399, 400, null, null, null, null, Instant.EPOCH), account, mutes));
        fixtures.put("usage/alert-status.json.ftl", () -> usage.alert(handled, account, mutes));
        fixtures.put("usage/back-to-healthy.json.ftl", () -> usage.backToHealthy(account, 300, 400, Instant.EPOCH));
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateRendersWithinSlackLimits() {
        return fixtures().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonObject rendered = entry.getValue().get();
            assertThat(BlockKitLimits.violations(rendered)).as(entry.getKey()).isEmpty();
        }));
    }

    @Test
    void everyTemplateHasAFixture() throws IOException {
        List<String> files = new ArrayList<>();
        Path root = Path.of("templates");
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> p.toString().endsWith(".ftl"))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        List<String> covered = new ArrayList<>(fixtures().keySet());
        covered.addAll(emailFixtures().keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theContactModalGivesBackExactlyWhatWasTyped() {
        Contact contact = contacts(2).get(1);
        JsonObject modal = JsonParser.parseString(roles.contactModal(account("Acme"), contact, "{\"a\":\"x&y\"}"))
                .getAsJsonObject();
        String json = modal.toString();
        assertThat(modal.get("private_metadata").getAsString()).isEqualTo("{\"a\":\"x&y\"}");
        assertThat(json).contains("roles-field-name-input");
        JsonObject nameInput = modal.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonObject("element");
        assertThat(nameInput.get("initial_value").getAsString())
                .isEqualTo(Ellipsis.cut(contact.name(), SlackLimit.INPUT_INITIAL_VALUE.max()));
        assertThat(modal.getAsJsonArray("blocks").get(4).getAsJsonObject().getAsJsonObject("element")
                .getAsJsonArray("options")).hasSize(7);
    }

    @Test
    void theDatabaseUnreachableNoticeSaysNothingWasChangedAndWhatToDo() {
        JsonObject message = JsonParser.parseString(blockKit.renderEphemeral("fragments/database-unreachable.json.ftl",
                Map.of())).getAsJsonObject();
        assertThat(message.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(message.get("text").getAsString())
                .isEqualTo("Baton can't reach its database, so nothing was changed. Please try again in a minute.");
        for (boolean overForm : new boolean[] {true, false}) {
            JsonObject modal = blockKit.renderTree("fragments/database-unreachable-modal.json.ftl",
                    Map.of("overForm", overForm));
            assertThat(BlockKitLimits.violations(modal)).isEmpty();
            assertThat(modal.toString()).contains("can't reach its database, so nothing was changed");
            assertThat(modal.getAsJsonObject("close").get("text").getAsString())
                    .isEqualTo(overForm ? "Back to the form" : "Close");
        }
    }

    @Test
    void mrkdwnTextIsEscapedAndLongTextEndsWithAnEllipsis() {
        JsonObject notice = roles.notice(LONG);
        String text = notice.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text")
                .get("text").getAsString();
        assertThat(text).startsWith("&lt;!channel&gt; \"quoted\" back\\slash\nnew line *bold* &lt;@U123&gt; &amp; 🎉");
        assertThat(text).hasSize(SlackLimit.SECTION_TEXT.max()).endsWith("…");
    }
}
