package dev.baton.churn;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.audit.AuditDao;
import dev.baton.audit.AuditEntry;
import dev.baton.testing.Await;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.RunningClock;
import dev.baton.testing.SlackRequests;
import dev.baton.testing.WorkingDays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.churn.ChurnTesting.postChurn;
import static dev.baton.testing.Fixtures.AE;
import static dev.baton.testing.Fixtures.TA;
import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static dev.baton.testing.SlackPayloads.userSelect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retro from kickoff to the final PDF, over signed requests: the TA drafts the doc, marks it ready, the sponsor
 * marks it reviewed, and the PDF uploaded to the fake Slack is opened and read section by section. Baton runs on a
 * clock from this working day's afternoon; the due dates and the jumps to them are working days counted from there.
 */
class RetroEndToEndTest {
    static final String SPONSOR = "USPONSOR1";
    static final String OWNER = "UOWNER01";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private final Instant start = WorkingDays.today();
    private final RunningClock clock = RunningClock.from(start);
    /** The calls to action's due dates: working days, so their reminders go out on the day. */
    private final Instant firstDue = WorkingDays.after(start, 10);
    private final Instant secondDue = WorkingDays.after(start, 20);
    private FakeSlackApi slack;
    private RunningBaton baton;
    private SlackRequests requests;
    private long churnId;
    private long accountId;

    @BeforeEach
    void kickOff() throws Exception {
        slack = FakeSlackApi.start();
        baton = RunningBaton.start(slack, Map.of("BATON_CHURN_RETRO_SPONSOR", SPONSOR,
                "BATON_GTM_REVIEW_CHANNEL", "#gtm-operations-review"), clock);
        requests = baton.slackRequests();
        accountId = Fixtures.account(baton.database().jdbi(), clock, "Initech", "CRM-INITECH");
        var answer = postChurn(baton, "{\"crm_id\":\"CRM-INITECH\",\"kind\":\"full\",\"arr_before\":\"180000\","
                + "\"arr_after\":0,\"seats_before\":120,\"seats_after\":0,\"effective_date\":\"2026-12-31\","
                + "\"category\":\"Competitor\",\"reason\":\"Chose a bundled suite\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        churnId = JsonParser.parseString(answer.body()).getAsJsonObject().get("id").getAsLong();
        slack.awaitCalls("chat.postMessage", 3, WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        baton.close();
        slack.close();
    }

    private String submit(String user, Map<String, Map<String, Object>> values) {
        return requests.interactive(requests.viewSubmissionPayload(user, ChurnIds.RETRO_MODAL, String.valueOf(churnId),
                values)).body();
    }

    private Map<String, Map<String, Object>> doc(boolean ready, String lessons) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, RetroIds.SUMMARY, plainText("Initech left for a bundled suite <!channel>."));
        put(values, RetroIds.TIMELINE, plainText("2026-06 champion left; 2026-09 RFP; 2026-11 notice."));
        put(values, RetroIds.WHAT_HAPPENED, plainText("Adoption stalled after the champion left & nobody replaced her."));
        put(values, RetroIds.CATEGORY, staticSelect("Champion left"));
        put(values, RetroIds.REASON, plainText("The new CIO standardised on one vendor."));
        if (lessons != null) {
            put(values, RetroIds.LESSONS, plainText(lessons));
        }
        put(values, RetroIds.action(1, "action"), plainText("Multi-thread every strategic account"));
        put(values, RetroIds.action(1, "owner"), userSelect(OWNER));
        put(values, RetroIds.action(1, "due"), datePicker(WorkingDays.dateOf(firstDue).toString()));
        put(values, RetroIds.action(2, "action"), plainText("Add a champion-change alert"));
        put(values, RetroIds.action(2, "owner"), userSelect(TA));
        put(values, RetroIds.action(2, "due"), datePicker(WorkingDays.dateOf(secondDue).toString()));
        if (ready) {
            Map<String, Object> checkbox = new HashMap<>();
            checkbox.put("type", "checkboxes");
            checkbox.put("selected_options", List.of(Map.of("text", Map.of("type", "plain_text", "text", "Ready for review"),
                    "value", "ready")));
            put(values, RetroIds.READY, checkbox);
        }
        return values;
    }

    @Test
    void theTaDraftsTheSponsorReviewsAndTheFinalPdfIsPostedWithEverySection() throws Exception {
        slack.reset();
        requests.blockAction(AE, ChurnIds.ACTION_START_RETRO, String.valueOf(churnId), slack.responseUrl("ae"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Only the retro");

        requests.blockAction(TA, ChurnIds.ACTION_START_RETRO, String.valueOf(churnId), slack.responseUrl("ta"), null);
        assertThat(slack.awaitCall("views.open", WAIT).params().get("view")).contains(ChurnIds.RETRO_MODAL)
                .contains("Chose a bundled suite");
        assertThat(slack.awaitCall("chat.update", WAIT).params().get("blocks")).contains("Drafting");

        Map<String, Map<String, Object>> draft = new HashMap<>();
        put(draft, RetroIds.SUMMARY, plainText("First notes"));
        assertThat(submit(TA, draft)).isEmpty();
        assertThat(baton.database().jdbi().withExtension(ChurnDao.class, dao -> dao.retro(churnId)).orElseThrow().summary())
                .isEqualTo("First notes");

        JsonObject errors = JsonParser.parseString(submit(TA, doc(true, null))).getAsJsonObject();
        assertThat(errors.getAsJsonObject("errors").get(RetroIds.LESSONS).getAsString()).contains("lessons learned");
        Map<String, Map<String, Object>> halfAction = doc(false, "x");
        halfAction.remove(RetroIds.action(2, "owner"));
        assertThat(submit(TA, halfAction)).contains(RetroIds.action(2, "owner")).contains("an owner and a due date");

        slack.reset();
        assertThat(submit(TA, doc(true, "Track champions as a health signal."))).isEmpty();
        List<FakeSlackApi.Call> dms = slack.awaitCalls("chat.postMessage", 2, WAIT);
        assertThat(dms).extracting(c -> c.params().get("channel")).containsExactlyInAnyOrder(TA, SPONSOR);
        assertThat(dms.stream().filter(c -> c.params().get("channel").equals(TA)).findFirst().orElseThrow()
                .params().get("text")).contains("book the review call");

        requests.blockAction(TA, ChurnIds.ACTION_MARK_REVIEWED, String.valueOf(churnId), slack.responseUrl("ta2"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Only the retro's sponsor");
        awaitNameKnown(SPONSOR); // asked of users.info when the sponsor was first DM'd
        requests.blockAction(SPONSOR, ChurnIds.ACTION_MARK_REVIEWED, String.valueOf(churnId), slack.responseUrl("sp"), null);

        FakeSlackApi.Call complete = slack.awaitCall("files.completeUploadExternal", WAIT);
        assertThat(complete.params().get("channel_id")).isEqualTo(postChannel());
        assertThat(complete.params().get("initial_comment")).contains("Churn retro: Initech")
                .contains("&lt;!channel&gt;").contains("Multi-thread every strategic account");
        assertThat(slack.uploads()).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(slack.uploads().get(0))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Churn retro: Initech", "Summary", "Initech left for a bundled suite <!channel>.",
                    "Timeline", "2026-06 champion left", "What happened and why", "nobody replaced her",
                    "Closed-lost category and reason", "Champion left", "The new CIO standardised on one vendor.",
                    "Lessons learned", "Track champions as a health signal.", "Calls to action",
                    "Multi-thread every strategic account", OWNER, WorkingDays.dateOf(firstDue).toString(),
                    "Add a champion-change alert",
                    "$180,000.00", "120 before, 0 after", "Sponsor User " + SPONSOR);
        }
        assertThat(awaitUpdate("Reviewed")).contains("Reviewed")
                .contains("Champion left").contains("Multi-thread every strategic account");
        List<AuditEntry> audit = baton.database().jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(accountId));
        assertThat(audit).extracting(AuditEntry::action).contains("churn.retro.started", "churn.retro.saved",
                "churn.retro.reviewed");
    }

    @Test
    void theTaIsRemindedToBookTheCallThenOwnersUntilEachCallToActionIsDoneAndTheSponsorIsTold() throws Exception {
        assertThat(submit(TA, doc(true, "Track champions."))).isEmpty();
        // the reminder is due a day after the doc was ready; two working days on it is due whatever the weekday
        clock.jumpTo(WorkingDays.after(start, 2));
        slack.reset();
        baton.baton().timeline().tick(100);
        assertThat(awaitPost(TA, "book the churn retro review call")).isNotNull();

        requests.blockAction(SPONSOR, ChurnIds.ACTION_MARK_REVIEWED, String.valueOf(churnId), slack.responseUrl("sp"), null);
        slack.awaitCall("files.completeUploadExternal", WAIT);
        clock.jumpTo(WorkingDays.after(start, 3));
        baton.baton().timeline().tick(100);
        List<CallToAction> actions = baton.database().jdbi().withExtension(ChurnDao.class, dao -> dao.actions(churnId));

        clock.jumpTo(firstDue);
        slack.reset();
        baton.baton().timeline().tick(100);
        FakeSlackApi.Call reminder = awaitPost(OWNER, "calls to action are due");
        assertThat(reminder.params().get("blocks")).contains(ChurnIds.ACTION_CTA_DONE + "-" + actions.get(0).id())
                .contains("Multi-thread every strategic account").doesNotContain("Add a champion-change alert")
                .doesNotContain("timeline-done");
        requests.blockAction(AE, ChurnIds.ACTION_CTA_DONE + "-" + actions.get(0).id(), String.valueOf(actions.get(0).id()),
                slack.responseUrl("ae"), null);
        assertThat(slack.awaitCall("response_url", WAIT).body()).contains("Only the owner");
        requests.blockAction(OWNER, ChurnIds.ACTION_CTA_DONE + "-" + actions.get(0).id(), String.valueOf(actions.get(0).id()),
                slack.responseUrl("owner"), null);
        assertThat(slack.awaitCalls("response_url", 2, WAIT).get(1).body()).contains("Marked done");
        long stepId = baton.database().jdbi().withHandle(h -> h.select("select id from due_step where step = ?",
                ChurnActionsStep.ID).mapTo(Long.class).one());
        // a reminder sent before the ids were kebab-case: its Done is still answered
        requests.blockAction(AE, "timeline_done", String.valueOf(stepId), slack.responseUrl("old-done"), null);
        assertThat(slack.awaitCalls("response_url", 3, WAIT).get(2).body()).contains("has its own Done");

        clock.jumpTo(secondDue);
        baton.baton().timeline().tick(100);
        FakeSlackApi.Call second = awaitPost(TA, "calls to action are due");
        assertThat(second.params().get("blocks")).contains("Add a champion-change alert");
        requests.blockAction(TA, ChurnIds.ACTION_CTA_DONE + "-" + actions.get(1).id(), String.valueOf(actions.get(1).id()),
                slack.responseUrl("ta"), null);
        assertThat(awaitPost(SPONSOR, "every call to action is done")).isNotNull();
        assertThat(awaitUpdate("Closed")).contains("Closed");
        assertThat(baton.database().jdbi().withExtension(ChurnDao.class, dao -> dao.retro(churnId)).orElseThrow().status())
                .isEqualTo(RetroStatus.CLOSED);
    }

    /** Waits until users.info's name for {@code user} is stored. */
    private void awaitNameKnown(String user) {
        Await.until("users.info's answer for " + user + " to be stored", () -> baton.database().jdbi().withHandle(h ->
                h.select("select display_name from slack_user_zone where user_id = ?", user).mapTo(String.class)
                        .findOne()).isPresent());
    }

    /** The first post to {@code channel} whose text contains {@code text}. */
    private FakeSlackApi.Call awaitPost(String channel, String text) {
        return slack.awaitPost(channel, WAIT, text);
    }

    /** The blocks of the first in-place edit of the review-channel post that contain {@code text} (edits are paced). */
    private String awaitUpdate(String text) {
        return Await.value("an edit of the review post containing '" + text + "'", WAIT, () -> slack.calls("chat.update")
                .stream().map(c -> c.params().get("blocks")).filter(blocks -> blocks.contains(text)).findFirst(),
                () -> slack.calls("chat.update"));
    }

    /** The review channel's id as the fake Slack answered the kickoff post (it echoes the channel it was given). */
    private String postChannel() {
        return baton.database().jdbi().withHandle(h -> h.select("select channel from slack_message where target_key = ?",
                "churn-retro:" + churnId).mapTo(String.class).one());
    }
}
