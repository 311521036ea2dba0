package dev.baton.usage;

/** Every Slack id the usage alerts use, in one place. */
final class UsageIds {
    public static final String ACTION_ACKNOWLEDGE = "usage-acknowledge";
    public static final String ACTION_SNOOZE = "usage-snooze";
    public static final String ACTION_OPEN_ACCOUNT = "usage-open-account";
    public static final String ACTION_MUTE_FEATURE = "usage-mute-feature";
    public static final String ACTION_MUTE_ACCOUNT = "usage-mute-account";
    public static final String ACTION_UNMUTE_FEATURE = "usage-unmute-feature";
    public static final String ACTION_UNMUTE_ACCOUNT = "usage-unmute-account";

    private UsageIds() {
    }
}
