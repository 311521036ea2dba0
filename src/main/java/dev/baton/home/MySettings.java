package dev.baton.home;

import dev.baton.account.AlertSettings;
import dev.baton.audit.Audit;
import dev.baton.timeline.QuietHours;
import dev.baton.timeline.UserZones;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;

/**
 * App Home's My settings: which alerts the person wants as DMs for their accounts (AlertSettings, read by the usage
 * alerts and the band-change DMs) and their quiet hours (UserZones, honoured by the timeline's reminders and
 * Baton's DMs). Each change is audited.
 */
final class MySettings {
    /** The quiet-hours choices offered: evenings from 17:00 to midnight, mornings from 05:00 to 10:00. */
    static final int FIRST_EVENING_HOUR = 17;
    static final int LAST_MORNING_HOUR = 10;

    /** What the settings section shows. */
    record Shown(Map<String, String> alerts, QuietHours quiet, boolean ownHours) {
    }

    private final Jdbi jdbi;
    private final UserZones zones;
    private final Clock clock;

    MySettings(Jdbi jdbi, UserZones zones, Clock clock) {
        this.jdbi = jdbi;
        this.zones = zones;
        this.clock = clock;
    }

    Shown of(String userId) {
        QuietHours quiet = zones.quietHoursOf(userId);
        return new Shown(jdbi.withHandle(handle -> AlertSettings.of(handle, userId)), quiet,
                !quiet.equals(QuietHours.WORKING_HOURS));
    }

    /** Stores an alert choice; an unknown alert or choice (an out-of-date view) changes nothing. */
    void chooseAlert(String userId, String alert, String choice) {
        if (!AlertSettings.ALERTS.contains(alert) || !AlertSettings.CHOICES.contains(choice)) {
            return;
        }
        jdbi.useTransaction(handle -> {
            String before = AlertSettings.of(handle, userId).get(alert);
            AlertSettings.choose(handle, userId, alert, choice, clock.instant());
            Audit.record(handle, clock.instant(), userId, null, "home.alert-setting", Map.of(alert, before),
                    Map.of(alert, choice));
        });
    }

    /**
     * Changes one part of the quiet hours: {@code from} (an evening hour, 24 for midnight), {@code until} (a morning
     * hour) or {@code weekends} (1 quiet, 0 not); {@code reset} goes back to the working hours.
     */
    void changeQuietHours(String userId, String part, int value) {
        QuietHours now = zones.quietHoursOf(userId);
        QuietHours next = switch (part) {
            case "from" -> within(value, FIRST_EVENING_HOUR, 24) ? hours(value * 60, now.untilMinute(), now.weekendsQuiet()) : now;
            case "until" -> within(value, 5, LAST_MORNING_HOUR) ? hours(now.fromMinute(), value * 60, now.weekendsQuiet()) : now;
            case "weekends" -> hours(now.fromMinute(), now.untilMinute(), value == 1);
            case "reset" -> QuietHours.WORKING_HOURS;
            default -> now;
        };
        if (next.equals(now)) {
            return;
        }
        zones.setQuietHours(userId, next.equals(QuietHours.WORKING_HOURS) ? null : next);
        jdbi.useHandle(handle -> Audit.record(handle, clock.instant(), userId, null, "home.quiet-hours",
                Map.of("quiet", describe(now)), Map.of("quiet", describe(next))));
    }

    private static QuietHours hours(int fromMinute, int untilMinute, boolean weekends) {
        return QuietHours.ofMinutes(fromMinute, untilMinute, weekends);
    }

    private static boolean within(int value, int low, int high) {
        return value >= low && value <= high;
    }

    static String describe(QuietHours quiet) {
        String from = quiet.from().equals(LocalTime.MAX) ? "24:00" : quiet.from().toString();
        return from + "-" + quiet.until() + (quiet.weekendsQuiet() ? ", weekends" : "");
    }
}
