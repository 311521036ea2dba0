package dev.baton.home;

/**
 * Every Slack id the App Home uses. The dead letters' buttons act on an outbox row, in the App Home and in the
 * leaders' dead-letter DMs ({@code templates/outbox/dead-letter.json.ftl}) alike, hence their {@code outbox-} prefix.
 */
final class HomeIds {
    static final String ACTION_RETRY = "outbox-retry";
    static final String ACTION_DROP = "outbox-drop";
    /** Previous and Next on a paged section ({@code home-page-prev}, {@code home-page-next}). */
    static final String ACTION_PAGE = "home-page";
    /** My accounts' order ({@code home-sort-health}, {@code home-sort-renewal}). */
    static final String ACTION_SORT = "home-sort";
    /** Unmute in the leaders' section, the value {@code feature:<key>} or {@code account:<id>}. */
    static final String ACTION_UNMUTE = "home-unmute";
    /** An alert's DM choice in My settings: {@code home-alert-<alert>} ({@code first-use}, ...), the choice as value. */
    static final String ACTION_ALERT = "home-alert";
    /** A part of the quiet hours: {@code home-quiet-from}, {@code -until}, {@code -weekends}, {@code -reset}. */
    static final String ACTION_QUIET = "home-quiet";

    /*
     * The ids the buttons were posted with before the ids were kebab-case. Dead-letter DMs already sent keep their
     * buttons, so these are answered as well, the same way.
     */
    static final String OLD_ACTION_RETRY = "outbox_retry";
    static final String OLD_ACTION_DROP = "outbox_drop";

    private HomeIds() {
    }
}
