package dev.baton.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Each Slack user's own time zone, from users.info, kept in the database. Never blocks a caller on Slack:
 * an unknown user gets the default zone now and is looked up in the background for next time.
 */
public final class UserZones {
    private static final Logger log = LoggerFactory.getLogger(UserZones.class);

    private final Jdbi jdbi;
    private final MethodsClient slack;
    private final ZoneId defaultZone;
    private final Clock clock;
    private final Executor lookups;
    private final Map<String, ZoneId> known = new ConcurrentHashMap<>();
    private final Map<String, Boolean> asking = new ConcurrentHashMap<>();

    public UserZones(Jdbi jdbi, MethodsClient slack, ZoneId defaultZone, Clock clock, Executor lookups) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.defaultZone = defaultZone;
        this.clock = clock;
        this.lookups = lookups;
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The user's zone when known, else the default (and a background users.info lookup). */
    public ZoneId of(String userId) {
        ZoneId cached = known.get(userId);
        if (cached != null) {
            return cached;
        }
        Optional<ZoneId> stored = jdbi.withExtension(UserZoneDao.class, dao -> dao.zoneOf(userId)).flatMap(UserZones::parse);
        if (stored.isPresent()) {
            known.put(userId, stored.get());
            return stored.get();
        }
        lookUpLater(userId);
        return known.getOrDefault(userId, defaultZone);
    }

    /** The person's own quiet hours, else the working hours' ({@link QuietHours#WORKING_HOURS}). */
    public QuietHours quietHoursOf(String userId) {
        return jdbi.withExtension(QuietHoursDao.class, dao -> dao.quietHoursOf(userId)).orElse(QuietHours.WORKING_HOURS);
    }

    /**
     * {@code at} when the person may be reminded or DM'd then, else the end of their quiet hours, in their zone.
     * Read from the database each time (no cache), so a change made through another instance holds at once.
     */
    public Instant nextAwake(String userId, Instant at) {
        return quietHoursOf(userId).next(at, of(userId));
    }

    /**
     * {@link #nextAwake} from what is stored only, never asking Slack: for commands run without a Slack client
     * ({@code import usage}); a person whose zone Baton has not learnt yet is in {@code defaultZone}.
     */
    public static BiFunction<String, Instant, Instant> nextAwakeStored(Jdbi jdbi, ZoneId defaultZone) {
        return (userId, at) -> jdbi.withHandle(handle -> {
            ZoneId zone = handle.attach(UserZoneDao.class).zoneOf(userId).flatMap(UserZones::parse).orElse(defaultZone);
            return handle.attach(QuietHoursDao.class).quietHoursOf(userId).orElse(QuietHours.WORKING_HOURS)
                    .next(at, zone);
        });
    }

    /**
     * The end of the quiet hours the person set for themselves when {@code at} is inside them, else null: what the
     * outbox holds any DM for ({@code OutboxSender#holdingDmsFor}). People who set none are DM'd at any hour (the
     * working hours apply to reminders, which wait for them when queued).
     */
    public Instant ownQuietUntil(String userId, Instant at) {
        Optional<QuietHours> own = jdbi.withExtension(QuietHoursDao.class, dao -> dao.quietHoursOf(userId));
        if (own.isEmpty()) {
            return null;
        }
        Instant awake = own.get().next(at, of(userId));
        return awake.equals(at) ? null : awake;
    }

    /** Sets (or, with {@code null}, clears) a person's quiet hours. */
    public void setQuietHours(String userId, QuietHours hours) {
        jdbi.useExtension(QuietHoursDao.class, dao -> dao.set(userId, hours, clock.instant()));
    }

    /** Asks users.info, in the background, about each user whose name Baton does not have yet. */
    public void learnNames(Collection<String> userIds) {
        for (String userId : userIds) {
            if (userId != null && jdbi.withExtension(UserZoneDao.class, dao -> dao.nameOf(userId)).isEmpty()) {
                lookUpLater(userId);
            }
        }
    }

    private void lookUpLater(String userId) {
        boolean slackUser = userId.startsWith("U") || userId.startsWith("W");
        if (slackUser && asking.putIfAbsent(userId, Boolean.TRUE) == null) {
            lookups.execute(() -> lookUp(userId));
        }
    }

    void lookUp(String userId) {
        try {
            UsersInfoResponse info = slack.usersInfo(r -> r.user(userId));
            Optional<ZoneId> zone = info.isOk() && info.getUser() != null ? parse(info.getUser().getTz()) : Optional.empty();
            if (zone.isPresent()) {
                jdbi.useTransaction(handle -> {
                    UserZoneDao dao = handle.attach(UserZoneDao.class);
                    dao.forget(userId);
                    dao.remember(userId, zone.get().getId(), displayName(info.getUser()), clock.instant());
                });
                known.put(userId, zone.get());
            } else if (!info.isOk()) {
                log.info("users.info for {} answered {}; reminders use {}", userId, info.getError(), defaultZone);
            }
        } catch (Exception e) {
            log.info("users.info for {} failed ({}); reminders use {}", userId, e.toString(), defaultZone);
        } finally {
            asking.remove(userId);
        }
    }

    /**
     * The names Slack shows for these users, read from what users.info gave (no call to Slack: this runs inside
     * other work's transaction); a user not looked up yet keeps the Slack id.
     */
    public static Map<String, String> names(Handle handle, Collection<String> userIds) {
        UserZoneDao dao = handle.attach(UserZoneDao.class);
        Map<String, String> names = new HashMap<>();
        for (String userId : userIds) {
            if (userId != null) {
                names.put(userId, dao.nameOf(userId).orElse(userId));
            }
        }
        return names;
    }

    /** The profile's display name, else the real name, else the handle; null when Slack gave none. */
    private static String displayName(com.slack.api.model.User user) {
        com.slack.api.model.User.Profile profile = user.getProfile();
        String display = profile == null ? null : profile.getDisplayName();
        String name = display != null && !display.isBlank() ? display
                : user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
        return name == null || name.isBlank() ? null : name.substring(0, Math.min(200, name.length()));
    }

    private static Optional<ZoneId> parse(String zone) {
        try {
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
