package dev.baton.home;

import dev.baton.account.AccountAccess;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.timeline.StepForms;
import dev.baton.timeline.UserZones;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Reads what a user's App Home shows, and lets leaders retry or drop the messages Baton gave up on. */
final class HomeService {
    static final int DEAD_LETTERS_SHOWN = 10;

    private final Jdbi jdbi;
    private final OutboxAdmin outbox;
    private final AccountAccess access;
    private final UserZones zones;
    private final Clock clock;
    private final MySettings settings;
    private final StepForms forms;

    HomeService(Jdbi jdbi, OutboxAdmin outbox, AccountAccess access, UserZones zones, Clock clock,
                MySettings settings, StepForms forms) {
        this.settings = settings;
        this.forms = forms;
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.access = access;
        this.zones = zones;
        this.clock = clock;
    }

    HomeTab tab(String userId, HomeState state) {
        boolean leader = access.isLeader(userId);
        Instant now = clock.instant();
        ZoneId zone = zones.of(userId);
        return jdbi.withHandle(handle -> new HomeTab(userId, state,
                TodaySection.read(handle, userId, now, zone, state.todayPage(), forms),
                AccountsSection.read(handle, userId, state.sort(), state.accountsPage(), now, zone),
                settings.of(userId), leader, leader ? LeadersSection.read(handle) : null,
                leader ? outbox.deadLetters(DEAD_LETTERS_SHOWN) : List.of()));
    }

    /** Unmutes a feature ({@code feature:<key>}) or an account ({@code account:<id>}), for a leader. */
    String unmute(String userId, String value) {
        if (!access.isLeader(userId)) {
            return "Only leaders (BATON_LEADERS) can mute or unmute usage alerts.";
        }
        String[] parts = value.split(":", 2);
        boolean changed = parts.length == 2 && LeadersSection.unmute(jdbi, clock, userId, parts[0], parts[1]);
        return changed ? ":loud_sound: Unmuted." : "That was already unmuted.";
    }

    /** Puts a dead letter back in the queue ({@code retry}) or drops it, for a leader; answers what happened. */
    String deadLetter(String userId, long id, boolean retry) {
        if (!access.isLeader(userId)) {
            return "Only leaders (BATON_LEADERS) can retry or drop undelivered messages.";
        }
        boolean changed = retry ? outbox.retry(userId, id) : outbox.drop(userId, id);
        return !changed ? "That message was already retried or dropped."
                : retry ? ":repeat: Back in the queue: it goes out in a moment."
                : ":wastebasket: Dropped: it will not be sent. The audit log keeps the record.";
    }
}
