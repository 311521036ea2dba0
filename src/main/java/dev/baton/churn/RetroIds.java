package dev.baton.churn;

/**
 * Block ids of the retro doc modal; each input's action id is its block id plus
 * {@link dev.baton.slack.ModalValues#INPUT_SUFFIX}.
 */
final class RetroIds {
    public static final String SUMMARY = "churn-retro-summary";
    public static final String TIMELINE = "churn-retro-timeline";
    public static final String WHAT_HAPPENED = "churn-retro-what-happened";
    public static final String CATEGORY = "churn-retro-category";
    public static final String REASON = "churn-retro-reason";
    public static final String LESSONS = "churn-retro-lessons";
    public static final String READY = "churn-retro-ready";

    private RetroIds() {
    }

    /** {@code churn-retro-cta-2-owner}: part is action, owner or due. */
    public static String action(int position, String part) {
        return "churn-retro-cta-" + position + "-" + part;
    }
}
