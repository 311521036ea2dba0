package dev.baton.lighthouse;

import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.lighthouse.LighthouseTesting.CHANNEL;
import static dev.baton.lighthouse.LighthouseTesting.WAIT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bi-weekly sync, over signed requests and the fake Slack, on H2 and PostgreSQL, for three accounts in the program:
 * a new entrant (Acme) and two existing ones (Beta, whose TA answers, and Gamma, whose TA does not). Two working days
 * before, each TA gets one DM per account; on the sync's morning the agenda goes to the channel once: new entrants
 * first, then the existing accounts with their answers, the unanswered one flagged, one post (thread) per account;
 * a second Baton on the same database sends neither again.
 */
class LighthouseSyncEndToEndTest {
    private static final String OTHER_TA = "UTA0002";
    private final Instant start = WorkingDays.today();
    private final LocalDate sync = LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(7)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    private final RunningClock clock = RunningClock.from(start);
    private LighthouseTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 30)).toInstant(ZoneOffset.UTC);
    }

    private long inProgram(String crmId, String name, String ta, boolean presented) {
        long account = t.account(crmId, name, ta);
        t.nominate(AE, account);
        long nomination = t.sql("select nomination_id from lighthouse_program where account_id = ?", Long.class, account);
        if (presented) {
            t.baton.database().jdbi().useHandle(h -> h.createUpdate("update lighthouse_program set presented_on = :d "
                    + "where nomination_id = :n").bind("d", sync.minusDays(14)).bind("n", nomination).execute());
        }
        return nomination;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theTasAreAskedTwoWorkingDaysBeforeAndTheAgendaListsNewThenExistingWithTheSilentOneFlagged(DatabaseKind kind)
            throws Exception {
        t = LighthouseTesting.start(kind, clock, Map.of("BATON_LIGHTHOUSE_SYNC", "thursday 10:00 " + sync));
        long acme = inProgram("001ACME", "Acme", TA, false);
        long beta = inProgram("001BETA", "Beta", TA, true);
        inProgram("001GAMA", "Gamma", OTHER_TA, true);
        t.baton.database().jdbi().useHandle(h -> h.createUpdate("insert into lighthouse_update (nomination_id, at, actor, "
                + "progress, blockers) values (:n, :at, :ta, 'Admins back in <!channel>', 'SSO bug')").bind("n", beta)
                .bind("at", OffsetDateTime.ofInstant(start, ZoneOffset.UTC)).bind("ta", TA).execute());

        clock.jumpTo(at(sync.minusDays(3), 15)); // Monday: three days before
        t.tick();
        assertThat(t.slack.post(TA, "Lighthouse sync on")).isEmpty();

        clock.jumpTo(at(sync.minusDays(2), 9)); // Tuesday morning: two working days before
        t.tick();
        t.slack.awaitPost(TA, WAIT, "Acme", "is new at the Lighthouse sync", LighthouseIds.ACTION_SYNC_CONFIRM);
        t.slack.awaitPost(TA, WAIT, "Beta", "updates in the last two weeks", LighthouseIds.ACTION_SYNC_ANSWER);
        t.slack.awaitPost(OTHER_TA, WAIT, "Gamma", "updates in the last two weeks");
        t.tick();
        assertThat(syncDms()).isEqualTo(3);

        t.pressFor(TA, LighthouseIds.ACTION_SYNC_CONFIRM, acme, "Confirmed for the sync on " + sync);
        String metadata = t.press(TA, LighthouseIds.ACTION_SYNC_ANSWER, beta);
        assertThat(t.lastView()).contains("Admins back in").contains("SSO bug");
        Map<String, Map<String, Object>> answer = new HashMap<>();
        put(answer, LighthouseIds.FIELD_UPDATES, plainText("Admins back in, 6 of 8 weekly <!channel>"));
        put(answer, LighthouseIds.FIELD_BLOCKERS, plainText("Need the SSO fix from engineering"));
        assertThat(t.submit(TA, LighthouseIds.ANSWER_MODAL, metadata, answer)).isEmpty();

        clock.jumpTo(at(sync, 9)); // the sync's morning
        t.tick();
        List<FakeSlackApi.Call> agenda = Await.value("the agenda's four posts", WAIT, () -> {
            List<FakeSlackApi.Call> posts = channelPosts();
            return posts.size() >= 4 ? java.util.Optional.of(posts) : java.util.Optional.empty();
        }, this::channelPosts);
        assertThat(text(agenda.get(0))).contains("Lighthouse sync " + sync).contains("1 new entrant")
                .contains("2 accounts").contains("1 without their TA's answers");
        assertThat(text(agenda.get(1))).contains("New entrant: Acme").contains("plan confirmed");
        assertThat(text(agenda.get(2))).contains("Beta").contains("6 of 8 weekly").contains("Need the SSO fix")
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(text(agenda.get(3))).contains("Gamma").contains("did not answer");
        t.tick();
        try (var second = t.second()) {
            second.baton().tick();
        }
        assertThat(channelPosts()).hasSize(4);
        assertThat(syncDms()).isEqualTo(3);
        assertThat(t.sql("select count(*) from lighthouse_program where presented_on = ?", Integer.class, sync))
                .isEqualTo(1);
    }

    private long syncDms() {
        return t.slack.calls("chat.postMessage").stream().filter(c -> (c.params().get("text") + "")
                .contains("Lighthouse sync on")).count();
    }

    private List<FakeSlackApi.Call> channelPosts() {
        return t.slack.calls("chat.postMessage").stream().filter(c -> CHANNEL.equals(c.params().get("channel"))).toList();
    }

    private static String text(FakeSlackApi.Call call) {
        return call.params().get("text") + call.params().get("blocks");
    }
}
