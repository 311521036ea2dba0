package dev.baton.renewal;

import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.baton.renewal.RenewalTesting.MANAGER;
import static dev.baton.renewal.RenewalTesting.WAIT;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.LEADER;
import static dev.baton.testing.Fixtures.OUTSIDER;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment over signed requests and the fake Slack, on H2 and PostgreSQL: the step falls due 120 days before the
 * renewal date (119 days out is due, 121 not) and moves with the date; the TA drafts and submits (a missing driver and
 * a missing required role are answered on their fields); the AE's manager changes the rating (twice: the leaders are
 * told) and agrees, every step audited and kept in the rating's history. Baton's clock is this working day's afternoon.
 */
class AssessmentEndToEndTest {
    private final Instant start = WorkingDays.today();
    private RenewalTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theAssessmentFallsDue120DaysOutAndMovesWithTheRenewalDate(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, RunningClock.from(start));
        long due = t.account("001DUE", "Due Corp", 119);
        long notYet = t.account("001LATER", "Later Corp", 121);
        t.tick();
        FakeSlackApi.Call reminder = t.slack.awaitPost(TA, WAIT, "Due Corp", "start the renewal health assessment");
        assertThat(reminder.params().get("blocks")).contains(RenewalIds.ACTION_ASSESS).contains("\"" + due + "\"");
        t.slack.awaitPost(AE, WAIT, "Due Corp", "start the renewal health assessment");
        assertThat(t.slack.post(TA, "Later Corp")).isEmpty();
        Instant laterDue = dueAt(notYet);

        t.account("001LATER", "Later Corp", 150);
        assertThat(dueAt(notYet)).isAfter(laterDue.plus(java.time.Duration.ofDays(28)));
        t.account("001LATER", "Later Corp", 110);
        t.tick();
        t.slack.awaitPost(TA, WAIT, "Later Corp", "start the renewal health assessment");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aDraftIsSavedAndSubmittingNeedsEveryDriverTheSummaryAndTheRequiredRoles(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, RunningClock.from(start));
        long account = t.account("001ACME", "Acme", 119);
        t.post("/api/seat-usage", "{\"account\":\"001ACME\",\"active_users\":37,\"seats_purchased\":100,\"as_of\":\""
                + t.today() + "\"}");
        String metadata = t.press(TA, RenewalIds.ACTION_ASSESS, account);
        assertThat(t.lastView()).contains(RenewalIds.ASSESSMENT_MODAL).contains("37 of 100 seats active")
                .contains("Instance Admin: nobody").contains("Program Contact").contains("/roles Acme");

        Map<String, Map<String, Object>> draft = new java.util.HashMap<>();
        SlackPayloads.put(draft, RenewalIds.FIELD_SUMMARY, plainText("First notes"));
        assertThat(t.submit(TA, RenewalIds.ASSESSMENT_MODAL, metadata, draft)).isEmpty();
        long cycle = t.cycleId(account);
        assertThat(assessment(cycle).status()).isEqualTo(Assessment.DRAFT);
        assertThat(assessment(cycle).summary()).isEqualTo("First notes");

        Map<String, Map<String, Object>> missingDriver = RenewalTesting.assessment("yellow", true, "No admin yet");
        missingDriver.remove(RenewalIds.driver(Driver.ENGAGEMENT, "rating"));
        missingDriver.remove(RenewalIds.FIELD_SUMMARY);
        assertThat(t.submit(TA, RenewalIds.ASSESSMENT_MODAL, metadata, missingDriver))
                .contains(RenewalIds.driver(Driver.ENGAGEMENT, "rating")).contains(RenewalIds.FIELD_SUMMARY)
                .doesNotContain(RenewalIds.driver(Driver.UTILISATION, "rating"));
        assertThat(t.submit(TA, RenewalIds.ASSESSMENT_MODAL, metadata, RenewalTesting.assessment("yellow", true, null)))
                .contains(RenewalIds.FIELD_MISSING_ROLE_REASON).contains("A required role is not tagged");
        assertThat(assessment(cycle).status()).isEqualTo(Assessment.DRAFT);

        assertThat(t.submit(OUTSIDER, RenewalIds.ASSESSMENT_MODAL, metadata,
                RenewalTesting.assessment("yellow", true, "x"))).contains("Only the account team");
        assertThat(t.submit(TA, RenewalIds.ASSESSMENT_MODAL, metadata,
                RenewalTesting.assessment("yellow", true, "Their admin left; a new one starts in January"))).isEmpty();
        assertThat(assessment(cycle).status()).isEqualTo(Assessment.SUBMITTED);
        FakeSlackApi.Call review = t.slack.awaitPost(MANAGER, WAIT, "Acme", "for your review");
        assertThat(review.params().get("blocks")).contains(RenewalIds.ACTION_AGREE).contains(RenewalIds.ACTION_CHANGE)
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>").contains("a new one starts in January");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theManagerChangesTheRatingTwiceTheLeadersAreToldThenAgreesAndTheAeIsAskedForTheForecast(DatabaseKind kind)
            throws Exception {
        t = RenewalTesting.start(kind, RunningClock.from(start));
        long account = t.account("001ACME", "Acme", 119);
        t.submitAssessment(account, "green");
        long cycle = t.cycleId(account);
        t.requests.blockAction(OUTSIDER, RenewalIds.ACTION_AGREE, String.valueOf(cycle), t.slack.responseUrl("out"), null);
        t.awaitReply("Only the AE's manager");

        String metadata = t.press(MANAGER, RenewalIds.ACTION_CHANGE, cycle);
        assertThat(t.submit(MANAGER, RenewalIds.CHANGE_MODAL, metadata, change("yellow", null)))
                .contains(RenewalIds.FIELD_CHANGE_REASON);
        assertThat(t.submit(MANAGER, RenewalIds.CHANGE_MODAL, metadata, change("yellow", "Usage is falling"))).isEmpty();
        t.slack.awaitPost(TA, WAIT, "Acme", "changed the renewal rating", "Yellow", "Usage is falling");
        assertThat(t.slack.post(LEADER, "without agreement")).isEmpty();

        t.press(TA, RenewalIds.ACTION_ASSESS, account);
        assertThat(t.lastView()).contains("changed the rating to *Yellow*: Usage is falling");
        t.submitAssessment(account, "green");
        assertThat(t.submit(MANAGER, RenewalIds.CHANGE_MODAL, metadata, change("yellow", "Still falling"))).isEmpty();
        t.slack.awaitPost(LEADER, WAIT, "Acme", "changed 2 times without agreement", "Still falling");

        t.submitAssessment(account, "yellow");
        t.requests.blockAction(MANAGER, RenewalIds.ACTION_AGREE, String.valueOf(cycle), t.slack.responseUrl("agree"), null);
        FakeSlackApi.Call ask = t.slack.awaitPost(AE, WAIT, "Acme", "Project the outcome");
        assertThat(ask.params().get("blocks")).contains(RenewalIds.ACTION_FORECAST).contains("\"" + cycle + "\"");
        t.slack.awaitPost(TA, WAIT, "Acme", "agreed the renewal rating", "A save plan is required");

        Cycle agreed = t.baton.database().jdbi().withExtension(RenewalDao.class, dao -> dao.cycle(cycle)).orElseThrow();
        assertThat(agreed.rating()).isEqualTo("yellow");
        assertThat(agreed.ratingAgreedBy()).isEqualTo(MANAGER);
        assertThat(agreed.changesUnagreed()).isZero();
        List<RatingEvent> events = t.baton.database().jdbi().withExtension(RenewalDao.class, dao -> dao.events(cycle));
        assertThat(events).extracting(RatingEvent::action).containsExactly("submitted", "changed", "submitted",
                "changed", "submitted", "agreed");
        List<AuditEntry> audit = t.baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(account));
        assertThat(audit).extracting(AuditEntry::action).contains("renewal.assessment.submitted",
                "renewal.rating.changed", "renewal.rating.agreed");

        var card = t.requests.slashCommand("/renewal", "Acme", AE).body();
        assertThat(card).contains("Rating history").contains("Usage is falling").contains("agreed")
                .contains(RenewalIds.ACTION_FORECAST).contains("ephemeral");
    }

    private static Map<String, Map<String, Object>> change(String rating, String reason) {
        Map<String, Map<String, Object>> values = new java.util.HashMap<>();
        SlackPayloads.put(values, RenewalIds.FIELD_NEW_RATING, staticSelect(rating));
        if (reason != null) {
            SlackPayloads.put(values, RenewalIds.FIELD_CHANGE_REASON, plainText(reason));
        }
        return values;
    }

    private Assessment assessment(long cycle) {
        return t.baton.database().jdbi().withExtension(RenewalDao.class, dao -> dao.assessment(cycle)).orElseThrow();
    }

    private Instant dueAt(long accountId) {
        return t.baton.database().jdbi().withHandle(h -> h.select("select due_at from due_step where account_id = ? "
                + "and step = ?", accountId, AssessmentStep.ID).mapTo(java.time.OffsetDateTime.class).one()).toInstant();
    }
}
