package dev.baton.renewal;

/** Every Slack id the renewal workflow uses, in one place; each modal input's action id is its block id + "-input". */
final class RenewalIds {
    static final String COMMAND = "/renewal";

    static final String ACTION_OPEN_CARD = "renewal-open-card";
    static final String ACTION_ASSESS = "renewal-assessment-open";
    static final String ACTION_AGREE = "renewal-agree";
    static final String ACTION_CHANGE = "renewal-change-open";
    static final String ACTION_SAVE_PLAN = "renewal-save-plan-open";
    static final String ACTION_CHECK_IN = "renewal-check-in-open";
    /** The forecast workflow's buttons, shown on the card and in DMs (value: the cycle id); it handles them. */
    static final String ACTION_FORECAST = "forecast-open";
    static final String ACTION_PROCESS = "forecast-process-open";
    /** The roles workflow's button that shows an account's /roles card (value: the account id). */
    static final String ACTION_ROLES_CARD = "roles-open-account";

    static final String ASSESSMENT_MODAL = "renewal-assessment-modal";
    static final String CHANGE_MODAL = "renewal-change-modal";
    static final String SAVE_PLAN_MODAL = "renewal-save-plan-modal";
    static final String CHECK_IN_MODAL = "renewal-check-in-modal";

    static final String FIELD_OVERALL = "renewal-overall";
    static final String FIELD_SUMMARY = "renewal-summary";
    static final String FIELD_RISKS = "renewal-risks";
    static final String FIELD_CONTACTS_CONFIRMED = "renewal-contacts-confirmed";
    static final String FIELD_MISSING_ROLE_REASON = "renewal-missing-role-reason";
    static final String FIELD_SUBMIT = "renewal-submit";
    static final String FIELD_NEW_RATING = "renewal-new-rating";
    static final String FIELD_CHANGE_REASON = "renewal-change-reason";
    static final String FIELD_PROBLEM = "renewal-plan-problem";
    static final String FIELD_GOAL = "renewal-plan-goal";
    static final String FIELD_PROGRESS = "renewal-check-in-progress";
    static final String FIELD_CORRECTIVE = "renewal-check-in-corrective";
    static final String FIELD_TREND = "renewal-check-in-trend";

    private RenewalIds() {
    }

    /** {@code renewal-driver-utilisation-rating}: part is rating or note. */
    static String driver(Driver driver, String part) {
        return "renewal-driver-" + driver.code().replace('_', '-') + "-" + part;
    }

    /** {@code renewal-plan-step-2-owner}: part is action, owner or due. */
    static String planStep(int position, String part) {
        return "renewal-plan-step-" + position + "-" + part;
    }
}
