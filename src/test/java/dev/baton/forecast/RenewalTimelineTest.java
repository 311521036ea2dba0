package dev.baton.forecast;

import dev.baton.account.Account;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountDao;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import dev.baton.timeline.DueStep;
import dev.baton.timeline.DueStepDao;
import dev.baton.timeline.ScheduleHook;
import dev.baton.timeline.StepCheck;
import dev.baton.timeline.Timeline;
import dev.baton.timeline.TimelineStep;
import dev.baton.timeline.UserZones;
import dev.baton.workflow.ChurnRecorder;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.baton.testing.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processing a renewal moves the account on through the account-change path, so the timeline arms the next cycle's
 * assessment from the new renewal date (a recurring step, here a stand-in for the renewal workflow's), and a churn
 * the churn recording refuses leaves everything as it was.
 */
class RenewalTimelineTest {
    /** Due 120 days before the renewal date, recurring: the shape of the renewal workflow's assessment step. */
    static final TimelineStep ASSESSMENT = new TimelineStep() {
        @Override
        public String id() {
            return "test-renewal-assessment";
        }

        @Override
        public Optional<Instant> dueAt(Account account, ZoneId zone) {
            return Optional.ofNullable(account.renewalDate())
                    .map(date -> date.minusDays(DigestWindow.ASSESSMENT_DAYS).atTime(9, 0).atZone(zone).toInstant());
        }

        @Override
        public StepCheck check(Handle handle, Account account) {
            return new StepCheck.Satisfied("test");
        }

        @Override
        public boolean recurs() {
            return true;
        }
    };

    private final MutableClock clock = new MutableClock(WorkingDays.today());
    private final LocalDate renews = WorkingDays.dateOf(clock.instant()).plusDays(60);

    private static Map<String, String> incremental(LocalDate renewedOn, LocalDate next) {
        Map<String, String> fields = new HashMap<>();
        fields.put("outcome", "incremental");
        fields.put("arr_after", "300000");
        fields.put("seats_after", "450");
        fields.put("renewed_on", renewedOn.toString());
        fields.put("renewal_date", next.toString());
        return fields;
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theNextAssessmentFallsDueFromTheNewRenewalDate(DatabaseKind kind) {
        try (Database db = kind.open()) {
            ScheduleHook schedule = hook(db);
            long id = ForecastTesting.account(db.jdbi(), clock, "Wonka", renews, 250_000_00L, 400, null);
            db.jdbi().useTransaction(h -> schedule.changed(h, h.attach(AccountDao.class).findById(id).orElseThrow()));
            DueStep first = step(db, id);
            assertThat(first.dueAt()).isEqualTo(renews.minusDays(120).atTime(9, 0).toInstant(ZoneOffset.UTC));
            db.jdbi().useHandle(h -> h.execute("update due_step set status = 'done' where id = ?", first.id()));

            RenewalProcessing processing = new RenewalProcessing(db.jdbi(), clock, new AccountAccess(Set.of(LEADER)),
                    schedule, (handle, actor, accountId, fields) -> {
                        throw new AssertionError("an incremental renewal records no churn");
                    });
            var done = processing.process(RenewalProcessing.API_ACTOR, id, null,
                    new RenewalForm(incremental(renews, renews.plusYears(1))));
            assertThat(done).isInstanceOf(RenewalProcessing.Done.class);

            Account moved = db.jdbi().withExtension(AccountDao.class, dao -> dao.findById(id)).orElseThrow();
            assertThat(moved.arrCents()).isEqualTo(300_000_00L);
            assertThat(moved.seatsPurchased()).isEqualTo(450);
            assertThat(moved.renewalDate()).isEqualTo(renews.plusYears(1));
            DueStep next = step(db, id);
            assertThat(next.status()).isEqualTo(DueStep.PENDING);
            assertThat(next.dueAt()).isEqualTo(renews.plusYears(1).minusDays(120).atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aChurnTheRecordingRefusesLeavesTheCycleAndTheAccountAsTheyWere(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = ForecastTesting.account(db.jdbi(), clock, "Wonka", renews, 250_000_00L, 400, null);
            long cycle = ForecastTesting.cycle(db.jdbi(), clock, id, "agreed", "red", null, null);
            ChurnRecorder refusing = (handle, actor, accountId, fields) ->
                    new ChurnRecorder.Refused(Map.of("effective_date", "effective_date is wrong"));
            RenewalProcessing processing = new RenewalProcessing(db.jdbi(), clock, new AccountAccess(Set.of(LEADER)),
                    hook(db), refusing);
            Map<String, String> fields = new HashMap<>(incremental(renews, renews.plusYears(1)));
            fields.put("outcome", "full_churn");
            fields.remove("arr_after");
            fields.remove("seats_after");
            fields.remove("renewal_date");
            var refused = processing.process(LEADER, id, cycle, new RenewalForm(fields));
            assertThat(refused).isEqualTo(new RenewalProcessing.Refused(Map.of("renewed_on", "effective_date is wrong")));
            assertThat(ForecastTesting.count(db.jdbi(), "select count(*) from renewal_cycle where status = 'open'"))
                    .isEqualTo(1);
            Account same = db.jdbi().withExtension(AccountDao.class, dao -> dao.findById(id)).orElseThrow();
            assertThat(same.arrCents()).isEqualTo(250_000_00L);
            assertThat(same.renewalDate()).isEqualTo(renews);
        }
    }

    private ScheduleHook hook(Database db) {
        UserZones zones = new UserZones(db.jdbi(), null, ZoneOffset.UTC, clock, Runnable::run);
        ScheduleHook schedule = new ScheduleHook();
        schedule.bind(new Timeline(db.jdbi(), List.of(ASSESSMENT), Set.of(), zones, null, clock, "test"));
        return schedule;
    }

    private static DueStep step(Database db, long accountId) {
        return db.jdbi().withExtension(DueStepDao.class, dao -> dao.find(accountId, ASSESSMENT.id())).orElseThrow();
    }
}
