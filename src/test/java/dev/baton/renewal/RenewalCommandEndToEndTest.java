package dev.baton.renewal;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.RunningClock;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.baton.renewal.RenewalTesting.MANAGER;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /renewal} over signed requests: the list of one's renewals in the next 120 days, the card, and near matches. */
class RenewalCommandEndToEndTest {
    private RenewalTesting t;

    @BeforeEach
    void start() throws Exception {
        t = RenewalTesting.start(DatabaseKind.H2, RunningClock.from(WorkingDays.today()));
        t.account("001SOON", "Soonco", 30);
        t.account("001LATER", "Laterco", 100);
        t.account("001FAR", "Farco", 200);
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @Test
    void aloneItListsTheRenewalsIFollowInTheNext120DaysSoonestFirstWithWhatIsOverdue() {
        String mine = t.requests.slashCommand("/renewal", "", MANAGER).body();
        assertThat(mine).contains("ephemeral").contains("Your renewals in the next 120 days").contains("in 30 days")
                .contains("Overdue: assessment").contains("ARR $250,000.00").doesNotContain("Farco");
        assertThat(mine.indexOf("Soonco")).isLessThan(mine.indexOf("Laterco"));
        assertThat(t.requests.slashCommand("/renewal", "", OUTSIDER).body()).contains("None").doesNotContain("Soonco");
        assertThat(t.requests.slashCommand("/renewal", "", LEADER).body()).contains("Every renewal").contains("Soonco");
    }

    @Test
    void theCrmSetsTheAesManagerAndWithoutOneTheLeadersReviewTheAssessment() {
        assertThat(t.post("/api/accounts", "[{\"crm_id\":\"001SOON\",\"ae_manager\":\"nope\"}]").body())
                .contains("rejected").contains("ae_manager must be a Slack user id");
        assertThat(t.post("/api/accounts", "[{\"crm_id\":\"001SOON\",\"ae_manager\":null}]").body())
                .contains("\"updated\":1");
        long soon = t.baton.database().jdbi().withExtension(dev.baton.account.AccountDao.class,
                dao -> dao.findByCrmId("001SOON")).orElseThrow().id();
        t.submitAssessment(soon, "green");
        assertThat(t.slack.awaitPost(LEADER, RenewalTesting.WAIT, "Soonco", "for your review").params().get("blocks"))
                .contains(RenewalIds.ACTION_AGREE);
        assertThat(t.slack.post(MANAGER, "Soonco")).isEmpty();
    }

    @Test
    void withAnAccountItShowsTheCardWithTheNextStepsButtonAndAnUnknownOneGetsNearMatches() {
        String card = t.requests.slashCommand("/renewal", "Soonco", TA).body();
        assertThat(card).contains("ephemeral").contains("Renewal: Soonco").contains("in 30 days")
                .contains("Health assessment").contains(RenewalIds.ACTION_ASSESS).contains(RenewalIds.ACTION_ROLES_CARD);
        assertThat(t.requests.slashCommand("/renewal", "Farco", AE).body()).contains("Before the assessment")
                .contains("Start assessment").doesNotContain(RenewalIds.ACTION_PROCESS);
        assertThat(t.requests.slashCommand("/renewal", "Farco", OUTSIDER).body())
                .doesNotContain(RenewalIds.ACTION_ASSESS);
        assertThat(t.requests.slashCommand("/renewal", "Soonko", TA).body()).contains("No account matches")
                .contains("/renewal Soonco");
        assertThat(t.requests.slashCommand("/renewal", "co", TA).body()).contains("Several accounts match")
                .contains(RenewalIds.ACTION_OPEN_CARD);
    }
}
