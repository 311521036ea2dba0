package dev.baton.churn;

import dev.baton.account.AccountAccess;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import dev.baton.timeline.DueStep;
import dev.baton.timeline.DueStepDao;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The churn services on H2 and PostgreSQL: recording, the retro's states, the outbox rows and the timeline rows. */
class ChurnStoreTest {
    private static final String SPONSOR = "USPONSOR1";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    private ChurnRecording recording(Database db, Optional<String> sponsor, RetroNotifications notifications) {
        return new ChurnRecording(db.jdbi(), clock, new AccountAccess(Set.of(LEADER)), sponsor, ChurnFormTest.CATEGORIES, notifications);
    }

    private static RetroNotifications notifications() {
        Templates templates = new Templates(Path.of("templates"));
        return new RetroNotifications(new ChurnViews(new BlockKit(templates)), "C0REVIEW", new RetroPdf(templates), ids -> { });
    }

    private static List<OutboxMessage> outbox(Database db, String prefix) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix));
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void recordsWithoutARetroWhenTheRuleSaysSoAndNeedsASponsorWhenItDoes(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), clock, "Hooli", "001H");
            ChurnRecording noSponsor = recording(db, Optional.empty(), notifications());
            Map<String, String> atTheLine = ChurnFormTest.churn("full", "150000", "0", "10", "0");
            ChurnRecorded done = noSponsor.record(AE, account, new ChurnForm(atTheLine));
            assertThat(done).isInstanceOfSatisfying(ChurnRecorded.Done.class, d -> {
                assertThat(d.retro()).isNull();
                assertThat(d.churn().arrLostCents()).isEqualTo(15_000_000L);
                assertThat(d.churn().effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            });
            ChurnRecorded needsSponsor = noSponsor.record(AE, account,
                    new ChurnForm(ChurnFormTest.churn("full", "150000.01", "0", "10", "0")));
            assertThat(needsSponsor).isInstanceOfSatisfying(ChurnRecorded.Invalid.class,
                    i -> assertThat(i.problems().get("sponsor")).contains("BATON_CHURN_RETRO_SPONSOR"));
            assertThat(noSponsor.record(OUTSIDER, account, new ChurnForm(atTheLine)))
                    .isInstanceOf(ChurnRecorded.Forbidden.class);
            Map<String, String> chosen = new HashMap<>(ChurnFormTest.churn("full", "150000.01", "0", "10", "0"));
            chosen.put("sponsor", SPONSOR);
            assertThat(noSponsor.record(AE, account, new ChurnForm(chosen))).isInstanceOfSatisfying(
                    ChurnRecorded.Done.class, d -> assertThat(d.retro().sponsor()).isEqualTo(SPONSOR));
            List<Churn> churns = db.jdbi().withExtension(ChurnDao.class, dao -> dao.forAccount(account));
            assertThat(churns).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRetroGoesFromKickoffToClosedWithItsPdfAndTimelineRows(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), clock, "Pied Piper", "001P");
            RetroNotifications notifications = notifications();
            ChurnRecorded recorded = recording(db, Optional.of(SPONSOR), notifications).record(AE, account,
                    new ChurnForm(ChurnFormTest.churn("partial", "500000", "100000", "300", "50")));
            long churnId = ((ChurnRecorded.Done) recorded).churn().id();
            assertThat(outbox(db, "churn-kickoff:" + churnId)).hasSize(2);
            RetroService retros = new RetroService(db.jdbi(), clock, new AccountAccess(Set.of(LEADER)), ChurnFormTest.CATEGORIES,
                    notifications, ZoneOffset.UTC);
            RetroDoc doc = new RetroDoc("s", "t", "w", "Budget", "r", "l", List.of(
                    new RetroDoc.ActionDraft(1, "Do it", TA, LocalDate.of(2027, 1, 4))));
            assertThat(retros.save(TA, churnId, doc, true)).isInstanceOf(RetroChange.Done.class);
            DueStep reviewCall = db.jdbi().withExtension(DueStepDao.class, dao -> dao.find(account, ChurnReviewCallStep.ID))
                    .orElseThrow();
            assertThat(reviewCall.dueAt()).isEqualTo(clock.instant().plusSeconds(86_400));

            assertThat(retros.review(TA, churnId)).isInstanceOf(RetroChange.Refused.class);
            assertThat(retros.review(SPONSOR, churnId)).isInstanceOf(RetroChange.Done.class);
            OutboxMessage file = outbox(db, "churn-retro-pdf:" + churnId).get(0);
            assertThat(file.kind()).isEqualTo("slack.file");
            byte[] pdf = db.jdbi().withExtension(OutboxDao.class, dao -> dao.fileContent(file.dedupeKey())).orElseThrow();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(db.jdbi().withExtension(DueStepDao.class, dao -> dao.find(account, ChurnActionsStep.ID))
                    .orElseThrow().dueAt()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));

            long actionId = db.jdbi().withExtension(ChurnDao.class, dao -> dao.actions(churnId)).get(0).id();
            assertThat(retros.actionDone(TA, actionId)).isInstanceOf(RetroChange.Done.class);
            assertThat(retros.actionDone(TA, actionId)).isInstanceOf(RetroChange.Refused.class);
            assertThat(db.jdbi().withExtension(ChurnDao.class, dao -> dao.retro(churnId)).orElseThrow().status())
                    .isEqualTo(RetroStatus.CLOSED);
            assertThat(outbox(db, "churn-actions-done:" + churnId)).singleElement()
                    .satisfies(m -> assertThat(m.channel()).isEqualTo(SPONSOR));
            assertThat(outbox(db, "churn-retro:" + churnId + ":v")).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
