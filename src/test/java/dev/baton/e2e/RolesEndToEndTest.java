package dev.baton.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.account.Contacts;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.multiSelect;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.radio;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole /roles flow through signed HTTP requests, with Baton's Web API calls answered by a fake Slack. */
class RolesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FakeSlackApi slack;
    private static RunningBaton baton;
    private static SlackRequests requests;
    private long acme;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack);
        requests = baton.slackRequests();
    }

    @AfterAll
    static void stop() throws Exception {
        baton.close();
        slack.close();
    }

    @BeforeEach
    void freshAccount() {
        slack.reset();
        String name = "Acme " + System.nanoTime();
        acme = Fixtures.account(baton.database().jdbi(), baton.clock(), name, "CRM" + System.nanoTime());
    }

    private String acmeName() {
        return baton.database().jdbi().withHandle(h -> h.select("select name from account where id = ?", acme)
                .mapTo(String.class).one());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String allText(JsonObject message) {
        return message.toString();
    }

    @Test
    void showsTheCardOpensTheModalSavesAndUpdatesTheCardInPlace() throws Exception {
        JsonObject card = json(requests.slashCommand("/roles", acmeName(), AE));
        assertThat(card.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(allText(card)).contains("No contacts yet").contains("roles-tag-contact").contains("nobody yet");

        String responseUrl = slack.responseUrl("card-1");
        assertThat(requests.blockAction(AE, "roles-tag-contact", acme + ":1", responseUrl, null).statusCode()).isEqualTo(200);
        FakeSlackApi.Call opened = slack.awaitCall("views.open", WAIT);
        JsonObject modal = JsonParser.parseString(opened.params().get("view")).getAsJsonObject();
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("roles-contact-modal");

        HttpResponse<String> saved = requests.interactive(requests.viewSubmissionPayload(AE, "roles-contact-modal",
                modal.get("private_metadata").getAsString(), Map.of(
                        "roles-field-name", Map.of("roles-field-name-input", plainText("Ada Lovelace")),
                        "roles-field-title", Map.of("roles-field-title-input", plainText("CTO")),
                        "roles-field-email", Map.of("roles-field-email-input", plainText("ada@acme.com")),
                        "roles-field-roles", Map.of("roles-field-roles-input", multiSelect("instance_admin", "champion")),
                        "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("yes")))));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("errors");

        FakeSlackApi.Call update = slack.awaitCall("response_url", WAIT);
        JsonObject replaced = JsonParser.parseString(update.body()).getAsJsonObject();
        assertThat(replaced.get("replace_original").getAsBoolean()).isTrue();
        assertThat(allText(replaced)).contains("Ada Lovelace").contains("Added Ada Lovelace").contains("*Program Contact*: nobody yet");
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(acme));
        assertThat(audit).singleElement().satisfies(e -> assertThat(e.afterJson()).contains("ada@acme.com"));
    }

    @Test
    void badFieldsAreAnsweredInlineAndNothingIsSaved() {
        String metadata = "{\"accountId\":" + acme + ",\"page\":1,\"responseUrl\":\"" + slack.responseUrl("x") + "\"}";
        JsonObject answer = json(requests.interactive(requests.viewSubmissionPayload(AE, "roles-contact-modal", metadata,
                Map.of("roles-field-name", Map.of("roles-field-name-input", plainText("Ada")),
                        "roles-field-email", Map.of("roles-field-email-input", plainText("ada at acme")),
                        "roles-field-roles", Map.of("roles-field-roles-input", multiSelect("champion")),
                        "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("yes"))))));
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(answer.getAsJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("roles-field-email", "roles-field-instance-admin");
        assertThat(contacts()).isZero();
    }

    @Test
    void powerUsersTagInOneLineAndWrongRolesGetTheValidNames() {
        JsonObject tagged = json(requests.slashCommand("/roles", acmeName() + " tag bob@acme.com program contact, CHAMPION", CE));
        assertThat(allText(tagged)).contains("Tagged bob@acme.com").contains("Program Contact");

        JsonObject wrong = json(requests.slashCommand("/roles", acmeName() + " tag bob@acme.com Wizard", CE));
        assertThat(allText(wrong)).contains("Unknown role: Wizard").contains("Champion, Deal Contact, Instance Admin");
        assertThat(contacts()).isEqualTo(1);
    }

    @Test
    void coveringTheRequiredRolesTellsTheTeamOnce() {
        requests.slashCommand("/roles", acmeName() + " tag ada@acme.com Instance Admin, Champion", AE);
        requests.slashCommand("/roles", acmeName() + " tag bob@acme.com Program Contact", AE);
        List<FakeSlackApi.Call> posts = slack.awaitCalls("chat.postMessage", 3, WAIT);
        assertThat(posts).extracting(c -> c.params().get("channel")).containsExactlyInAnyOrder(AE, CE, TA);
        assertThat(posts.get(0).params().get("text")).contains("all required roles covered");

        requests.slashCommand("/roles", acmeName() + " tag cy@acme.com Champion", AE);
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
    }

    @Test
    void outsidersCanViewButNotChange() {
        JsonObject card = json(requests.slashCommand("/roles", acmeName(), OUTSIDER));
        assertThat(allText(card)).doesNotContain("roles-tag-contact").contains("You can view");

        JsonObject refused = json(requests.slashCommand("/roles", acmeName() + " tag eve@acme.com Champion", OUTSIDER));
        assertThat(allText(refused)).contains("only its account team");
        requests.blockAction(OUTSIDER, "roles-tag-contact", acme + ":1", slack.responseUrl("o"), null);
        FakeSlackApi.Call reply = slack.awaitCall("response_url", WAIT);
        assertThat(reply.body()).contains("only its account team");
        assertThat(slack.calls("views.open")).isEmpty();
        assertThat(contacts()).isZero();
    }

    @Test
    void unknownAndAmbiguousAccountsGetHelpfulAnswers() {
        Fixtures.account(baton.database().jdbi(), baton.clock(), "Initech Labs", "INI-1");
        Fixtures.account(baton.database().jdbi(), baton.clock(), "Initech Cloud", "INI-2");
        assertThat(allText(json(requests.slashCommand("/roles", "initech", AE))))
                .contains("Several accounts match").contains("Initech Labs").contains("Initech Cloud");
        assertThat(allText(json(requests.slashCommand("/roles", "Initek Labs", AE))))
                .contains("No account matches").contains("/roles Initech Labs");
    }

    @Test
    void hostileTextIsKeptExactlyAndNeverPings() {
        String name = "<!channel> \"Bob\" \\ back *bold* <@U123> 🎉\nline two " + "y".repeat(5000);
        String metadata = "{\"accountId\":" + acme + ",\"page\":1,\"responseUrl\":\"" + slack.responseUrl("h") + "\"}";
        HttpResponse<String> answer = requests.interactive(requests.viewSubmissionPayload(AE, "roles-contact-modal", metadata,
                Map.of("roles-field-name", Map.of("roles-field-name-input", plainText(name.substring(0, 4990))),
                        "roles-field-title", Map.of("roles-field-title-input", plainText(name.substring(0, 4000))),
                        "roles-field-email", Map.of("roles-field-email-input", plainText("bob@acme.com")),
                        "roles-field-roles", Map.of("roles-field-roles-input", multiSelect("end_user")),
                        "roles-field-instance-admin", Map.of("roles-field-instance-admin-input", radio("no")))));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("errors");
        String stored = baton.database().jdbi().withHandle(h -> Contacts.forAccount(h, acme)).get(0).name();
        assertThat(stored).isEqualTo(name.substring(0, 4990).trim());

        JsonObject card = json(requests.slashCommand("/roles", acmeName(), AE));
        assertThat(card.toString()).doesNotContain("<!channel>").doesNotContain("<@U123>").contains("&lt;!channel&gt;");
        JsonArray blocks = card.getAsJsonArray("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void removingAContactAsksFirstThenUpdatesTheCard() {
        requests.slashCommand("/roles", acmeName() + " tag ada@acme.com Champion", AE);
        long ada = baton.database().jdbi().withHandle(h -> Contacts.forAccount(h, acme)).get(0).id();
        requests.overflowAction(AE, "roles-contact-menu", "remove:" + acme + ":" + ada, slack.responseUrl("r1"));
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Remove").contains("roles-remove-contact");
        assertThat(contacts()).isEqualTo(1);

        slack.reset();
        requests.blockAction(AE, "roles-remove-contact", acme + ":" + ada, slack.responseUrl("r2"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Removed ada@acme.com");
        assertThat(contacts()).isZero();
    }

    private int contacts() {
        return baton.database().jdbi().withHandle(h -> Contacts.forAccount(h, acme)).size();
    }
}
