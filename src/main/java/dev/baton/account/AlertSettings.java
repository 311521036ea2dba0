package dev.baton.account;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which alerts each person wants as DMs for the accounts they own (AE, CE, TA, Expand AE): {@code all},
 * {@code red} (only while the account's health band is red) or {@code none}. Set in App Home's "My settings";
 * read by the usage alerts and the health score's band-change DMs. An alert nobody chose for has its default:
 * band changes {@code all}, first uses and seat states {@code none} (those are posted in the channel anyway).
 */
public final class AlertSettings {
    public static final String FIRST_USE = "first-use";
    public static final String SEAT_STATE = "seat-state";
    public static final String BAND_CHANGE = "band-change";
    public static final List<String> ALERTS = List.of(FIRST_USE, SEAT_STATE, BAND_CHANGE);
    public static final String ALL = "all";
    public static final String RED = "red";
    public static final String NONE = "none";
    public static final List<String> CHOICES = List.of(ALL, RED, NONE);

    private AlertSettings() {
    }

    public static String defaultOf(String alert) {
        return BAND_CHANGE.equals(alert) ? ALL : NONE;
    }

    /** A person's choice for every alert, defaults filled in, in {@link #ALERTS} order. */
    public static Map<String, String> of(Handle handle, String userId) {
        Map<String, String> stored = handle.attach(AlertSettingDao.class).choicesOf(userId);
        Map<String, String> choices = new LinkedHashMap<>();
        for (String alert : ALERTS) {
            choices.put(alert, stored.getOrDefault(alert, defaultOf(alert)));
        }
        return choices;
    }

    /** Stores a choice; throws on an alert or choice that is not one of the known ones (never user text in SQL). */
    public static void choose(Handle handle, String userId, String alert, String choice, Instant now) {
        if (!ALERTS.contains(alert) || !CHOICES.contains(choice)) {
            throw new IllegalArgumentException("no alert setting " + alert + "=" + choice);
        }
        handle.attach(AlertSettingDao.class).choose(userId, alert, choice, now);
    }

    /**
     * Who of each account's owners wants this alert as a DM: a reader for one batch of alerts, which reads the
     * settings once and the red band only of the accounts someone asked {@code red} for.
     */
    public static Recipients recipients(Handle handle, String alert) {
        AlertSettingDao dao = handle.attach(AlertSettingDao.class);
        return new Recipients(dao, dao.choosers(alert), defaultOf(alert));
    }

    /** The owners of accounts who asked for one alert, see {@link #recipients}. */
    public static final class Recipients {
        private final AlertSettingDao dao;
        private final Map<String, String> choosers;
        private final String fallback;

        private Recipients(AlertSettingDao dao, Map<String, String> choosers, String fallback) {
            this.dao = dao;
            this.choosers = choosers;
            this.fallback = fallback;
        }

        /** Nobody gets the alert: the caller need not look up any account. */
        public boolean nobody() {
            return NONE.equals(fallback) && !choosers.containsValue(ALL) && !choosers.containsValue(RED);
        }

        /** A person's choice for this alert, the default when they made none. */
        public String choiceOf(String owner) {
            return choosers.getOrDefault(owner, fallback);
        }

        /** The owners of each account who get the DM, by account id; accounts with none are left out. */
        public Map<Long, Set<String>> of(Collection<Account> accounts) {
            Map<Long, Set<String>> wanted = new LinkedHashMap<>();
            Set<Long> askRed = new HashSet<>();
            for (Account account : accounts) {
                for (String owner : account.team()) {
                    String choice = choiceOf(owner);
                    if (!NONE.equals(choice)) {
                        wanted.computeIfAbsent(account.id(), id -> new LinkedHashSet<>()).add(owner);
                        if (RED.equals(choice)) {
                            askRed.add(account.id());
                        }
                    }
                }
            }
            Set<Long> red = askRed.isEmpty() ? Set.of()
                    : new HashSet<>(dao.redAmong(askRed.stream().mapToLong(Long::longValue).toArray()));
            wanted.forEach((accountId, owners) -> owners.removeIf(
                    owner -> RED.equals(choiceOf(owner)) && !red.contains(accountId)));
            wanted.values().removeIf(Set::isEmpty);
            return wanted;
        }
    }
}
