package dev.baton.churn;

import java.util.Locale;

/** Every Slack id the churn workflow uses, in one place. */
final class ChurnIds {
    public static final String SHORTCUT = "churn-record-shortcut";
    public static final String RECORD_MODAL = "churn-record-modal";
    public static final String ACTION_RECORD = "churn-record-open";
    public static final String ACTION_START_RETRO = "churn-start-retro";
    public static final String RETRO_MODAL = "churn-retro-modal";
    public static final String ACTION_MARK_REVIEWED = "churn-mark-reviewed";
    public static final String ACTION_CTA_DONE = "churn-action-done";
    public static final String FIELD_ACCOUNT = "churn-field-account";

    private ChurnIds() {
    }

    /** The modal block id for a form field name: {@code arr_before} → {@code churn-field-arr-before}. */
    public static String block(String field) {
        return "churn-field-" + field.replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
