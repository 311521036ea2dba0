package dev.baton.lighthouse;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;

import static dev.baton.lighthouse.LighthouseTesting.SALES;
import static dev.baton.lighthouse.LighthouseTesting.TS;
import static dev.baton.lighthouse.LighthouseTesting.WAIT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exit by agreement, over signed requests and the fake Slack, on H2 and PostgreSQL: sales leadership agreeing alone
 * keeps the account in; a Not yet keeps it in with its reason on the card; sales and TS agreeing together take it out,
 * graduate the nomination and ask the TA to re-assess. With only BATON_LEADERS, two different leaders must agree.
 */
class LighthouseExitEndToEndTest {
    private final RunningClock clock = RunningClock.from(WorkingDays.today());
    private LighthouseTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private long propose(long account) {
        String metadata = t.press(TA, LighthouseIds.ACTION_PROPOSE_EXIT, account);
        assertThat(t.submit(TA, LighthouseIds.EXIT_MODAL, metadata, new HashMap<>())).contains(LighthouseIds.FIELD_NOTE);
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, LighthouseIds.FIELD_NOTE, plainText("All criteria met <!channel>"));
        assertThat(t.submit(TA, LighthouseIds.EXIT_MODAL, metadata, values)).isEmpty();
        return t.baton.database().jdbi().withHandle(h -> h.select("select max(id) from lighthouse_exit_proposal")
                .mapTo(Long.class).one());
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void salesAloneIsNotEnoughANotYetKeepsItInAndSalesWithTsTakeItOut(DatabaseKind kind) throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of("BATON_SALES_LEADERS", SALES, "BATON_TS_LEADERS", TS));
        long account = t.account("001ACME", "Acme");
        t.nominate(AE, account);
        long proposal = propose(account);
        for (String leader : new String[] {SALES, TS}) {
            assertThat(t.slack.awaitPost(leader, WAIT, "Acme", "All criteria met").params().get("blocks"))
                    .contains(LighthouseIds.ACTION_AGREE).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        }
        assertThat(t.slack.post(LEADER, "proposes that")).isEmpty();
        t.pressFor(TA, LighthouseIds.ACTION_AGREE, proposal, "Only sales or TS leadership");
        t.pressFor(SALES, LighthouseIds.ACTION_AGREE, proposal, "once both sales and TS");
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("In the program");

        String notYet = t.press(TS, LighthouseIds.ACTION_NOT_YET, proposal);
        assertThat(t.submit(TS, LighthouseIds.NOT_YET_MODAL, notYet, new HashMap<>())).contains(LighthouseIds.FIELD_REASON);
        Map<String, Map<String, Object>> reason = new HashMap<>();
        put(reason, LighthouseIds.FIELD_REASON, plainText("Renewal not signed yet"));
        assertThat(t.submit(TS, LighthouseIds.NOT_YET_MODAL, notYet, reason)).isEmpty();
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("In the program")
                .contains("not yet. Renewal not signed yet");
        t.pressFor(SALES, LighthouseIds.ACTION_AGREE, proposal, "already decided");

        long second = propose(account);
        t.pressFor(SALES, LighthouseIds.ACTION_AGREE, second, "once both sales and TS");
        t.pressFor(TS, LighthouseIds.ACTION_AGREE, second, "leaves the Lighthouse program");
        assertThat(t.requests.slashCommand("/lighthouse", "Acme", TA).body()).contains("is not in the Lighthouse");
        assertThat(t.sql("select status from lighthouse_nomination where account_id = ?", String.class, account))
                .isEqualTo("graduated");
        t.slack.awaitPost(TA, WAIT, "Acme", "re-assess its health rating");
        assertThat(t.sql("select count(*) from audit_log where action = 'lighthouse.exited'", Integer.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void withOnlyTheLeadersTwoDifferentLeadersMustAgree(DatabaseKind kind) throws Exception {
        String second = "ULEAD002";
        t = LighthouseTesting.start(kind, clock, Map.of("BATON_LEADERS", LEADER + "," + second));
        long account = t.account("001ACME", "Acme");
        t.nominate(AE, account);
        long proposal = propose(account);
        t.pressFor(LEADER, LighthouseIds.ACTION_AGREE, proposal, "once both sales and TS");
        t.slack.reset();
        t.pressFor(LEADER, LighthouseIds.ACTION_AGREE, proposal, "once both sales and TS");
        t.pressFor(second, LighthouseIds.ACTION_AGREE, proposal, "leaves the Lighthouse program");
        assertThat(t.sql("select status from lighthouse_nomination where account_id = ?", String.class, account))
                .isEqualTo("graduated");
    }
}
