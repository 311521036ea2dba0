package dev.baton.lighthouse;

/** Every Slack id the Lighthouse workflow uses, in one place; each modal input's action id is its block id + "-input". */
final class LighthouseIds {
    static final String COMMAND = "/lighthouse";

    static final String ACTION_OPEN_CARD = "lighthouse-open-card";
    static final String ACTION_NOMINATE = "lighthouse-nominate-open";
    static final String ACTION_PLAN = "lighthouse-plan-open";
    static final String ACTION_SPONSOR = "lighthouse-sponsor-open";
    static final String ACTION_UPDATE = "lighthouse-update-open";
    static final String ACTION_PROPOSE_EXIT = "lighthouse-exit-open";
    static final String ACTION_AGREE = "lighthouse-exit-agree";
    static final String ACTION_NOT_YET = "lighthouse-exit-not-yet-open";
    static final String ACTION_STEP_DONE = "lighthouse-step-done";
    static final String ACTION_SYNC_CONFIRM = "lighthouse-sync-confirm";
    static final String ACTION_SYNC_ANSWER = "lighthouse-sync-answer-open";

    static final String NOMINATE_MODAL = "lighthouse-nominate-modal";
    static final String PLAN_MODAL = "lighthouse-plan-modal";
    static final String SPONSOR_MODAL = "lighthouse-sponsor-modal";
    static final String UPDATE_MODAL = "lighthouse-update-modal";
    static final String EXIT_MODAL = "lighthouse-exit-modal";
    static final String NOT_YET_MODAL = "lighthouse-not-yet-modal";
    static final String ANSWER_MODAL = "lighthouse-sync-answer-modal";

    static final String FIELD_REASON = "lighthouse-reason";
    static final String FIELD_PROBLEM = "lighthouse-problem";
    static final String FIELD_GOAL = "lighthouse-goal";
    static final String FIELD_SUBMIT = "lighthouse-submit";
    static final String FIELD_SPONSOR = "lighthouse-sponsor";
    static final String FIELD_PROGRESS = "lighthouse-progress";
    static final String FIELD_BLOCKERS = "lighthouse-blockers";
    static final String FIELD_ASKS = "lighthouse-asks";
    static final String FIELD_STEPS_DONE = "lighthouse-steps-done";
    static final String FIELD_NOTE = "lighthouse-exit-note";
    static final String FIELD_UPDATES = "lighthouse-sync-updates";

    private LighthouseIds() {
    }

    /** {@code lighthouse-criterion-2-target}: part is what, measure, target or current. */
    static String criterion(int position, String part) {
        return "lighthouse-criterion-" + position + "-" + part;
    }

    /** {@code lighthouse-criterion-2-met} in the weekly update. */
    static String met(int position) {
        return "lighthouse-criterion-" + position + "-met";
    }

    /** {@code lighthouse-step-2-3-owner}: criterion 2's third step; part is action, owner or due. */
    static String step(int criterion, int position, String part) {
        return "lighthouse-step-" + criterion + "-" + position + "-" + part;
    }
}
