package dev.baton.lighthouse;

import dev.baton.account.LighthouseNomination;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static dev.baton.lighthouse.LighthouseTesting.WAIT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.CE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How accounts enter Lighthouse, over signed requests and the fake Slack, on H2 and PostgreSQL: ad hoc from the card
 * (the AE, the TA or a leader, a reason required on its field), and a red rating's nomination row taken up on the
 * next pass; either way the TA is asked for the save plan and the account is on the master list.
 */
class LighthouseEntryEndToEndTest {
    private final Instant start = WorkingDays.today();
    private final RunningClock clock = RunningClock.from(start);
    private LighthouseTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theAeNominatesAdHocWithAReasonAndTheTaIsAskedForThePlan(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long account = t.account("001ACME", "Acme <!channel>");
        String card = t.requests.slashCommand("/lighthouse", "001ACME", AE).body();
        assertThat(card).contains("is not in the Lighthouse").contains(LighthouseIds.ACTION_NOMINATE)
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(t.requests.slashCommand("/lighthouse", "001ACME", CE).body())
                .doesNotContain(LighthouseIds.ACTION_NOMINATE);
        t.pressFor(OUTSIDER, LighthouseIds.ACTION_NOMINATE, account, "can nominate it");

        String metadata = t.press(AE, LighthouseIds.ACTION_NOMINATE, account);
        assertThat(t.submit(AE, LighthouseIds.NOMINATE_MODAL, metadata, new HashMap<>()))
                .contains(LighthouseIds.FIELD_REASON).contains("Say why");
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, LighthouseIds.FIELD_REASON, plainText("Usage fell by half <!here>"));
        assertThat(t.submit(AE, LighthouseIds.NOMINATE_MODAL, metadata, values)).isEmpty();

        FakeSlackApi.Call told = t.slack.awaitPost(LEADER, WAIT, "Lighthouse churn-save program", "Usage fell by half");
        assertThat(told.params().get("blocks")).contains("&lt;!here&gt;").doesNotContain("<!here>");
        t.tick();
        FakeSlackApi.Call asked = t.slack.awaitPost(TA, WAIT, "write the Lighthouse save plan");
        assertThat(asked.params().get("blocks")).contains(LighthouseIds.ACTION_PLAN);
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("In the program")
                .contains(LighthouseIds.ACTION_PLAN).doesNotContain(LighthouseIds.ACTION_SPONSOR);
        assertThat(t.requests.slashCommand("/lighthouse", "", TA).body()).contains("Acme").contains("0 of 0")
                .contains("no update yet");
        assertThat(t.sql("select count(*) from audit_log where action = 'lighthouse.entered'", Integer.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRedRatingsNominationEntersTheProgramOnTheNextPass(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long account = t.account("001BETA", "Beta");
        // written by the renewal workflow when a red rating is agreed, shared through the schema
        t.baton.database().jdbi().useHandle(h -> h.createUpdate("insert into lighthouse_nomination (account_id, "
                + "nominated_by, nominated_at, reason, status) values (:a, :by, :at, 'Red renewal', 'nominated')")
                .bind("a", account).bind("by", LEADER).bind("at", OffsetDateTime.now()).execute());
        assertThat(t.requests.slashCommand("/lighthouse", "Beta", AE).body()).contains("enters it within a minute")
                .doesNotContain(LighthouseIds.ACTION_NOMINATE);

        t.tick();
        t.tick(); // a second pass takes nothing up twice
        assertThat(t.sql("select status from lighthouse_nomination where account_id = ?", String.class, account))
                .isEqualTo(LighthouseNomination.ENROLLED);
        assertThat(t.sql("select count(*) from lighthouse_program where account_id = ?", Integer.class, account))
                .isEqualTo(1);
        t.slack.awaitPost(TA, WAIT, "Beta", "write the Lighthouse save plan");
        assertThat(t.requests.slashCommand("/lighthouse", "Beta", AE).body()).contains("In the program");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theMasterListPutsMyAccountsFirst(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        long zeta = t.account("001ZETA", "Zeta", TA);
        long alpha = t.account("001ALFA", "Alpha", "UTA0002");
        t.nominate(LEADER, zeta);
        t.nominate(LEADER, alpha);
        String mine = t.requests.slashCommand("/lighthouse", "", TA).body();
        assertThat(mine.indexOf("Zeta")).isLessThan(mine.indexOf("Alpha"));
        assertThat(mine).contains("ARR $250,000").contains("0 days in").contains("sponsor none");
        String theirs = t.requests.slashCommand("/lighthouse", "", "UTA0002").body();
        assertThat(theirs.indexOf("Alpha")).isLessThan(theirs.indexOf("Zeta"));
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void anUnknownAccountGetsTheNearestNames(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of());
        t.account("001ACME", "Acme");
        assertThat(t.requests.slashCommand("/lighthouse", "Acmee", AE).body()).contains("No account matches")
                .contains("/lighthouse Acme");
    }
}
