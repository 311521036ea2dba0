package dev.baton.home;

/**
 * Every Slack id the App Home uses. The dead letters' buttons keep the names they were first posted with, as the
 * leaders' dead-letter DMs already sent carry them (and {@code templates/outbox/dead-letter.json.ftl} still does).
 */
final class HomeIds {
    static final String ACTION_RETRY = "outbox_retry";
    static final String ACTION_DROP = "outbox_drop";

    private HomeIds() {
    }
}
