package dev.baton.timeline;

/** Every Slack id the timeline's reminders use. */
final class TimelineIds {
    static final String ACTION_DONE = "timeline-done";
    static final String ACTION_SNOOZE_DAY = "timeline-snooze-day";
    static final String ACTION_SNOOZE_WEEK = "timeline-snooze-week";

    /*
     * The ids reminders were posted with before the ids were kebab-case. A reminder already in someone's DMs keeps
     * its buttons, so these are answered as well, the same way, for as long as such a reminder can be pressed.
     */
    static final String OLD_ACTION_DONE = "timeline_done";
    static final String OLD_ACTION_SNOOZE_DAY = "timeline_snooze_day";
    static final String OLD_ACTION_SNOOZE_WEEK = "timeline_snooze_week";

    private TimelineIds() {
    }
}
