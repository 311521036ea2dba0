package dev.baton.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Lighthouse program's settings: who reviews a submitted save plan ({@code BATON_LIGHTHOUSE_REVIEWERS}), sales
 * and TS leadership who agree an exit ({@code BATON_SALES_LEADERS}, {@code BATON_TS_LEADERS}), the channel of the
 * sync's agenda ({@code BATON_LIGHTHOUSE_CHANNEL}) and the bi-weekly sync itself ({@code BATON_LIGHTHOUSE_SYNC}).
 */
public record LighthouseSettings(List<String> reviewers, Set<String> salesLeaders, Set<String> tsLeaders,
                                 Optional<String> channel, Optional<Sync> sync) {
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern CHANNEL = Pattern.compile("^([CG][A-Z0-9]{2,20}|#[a-z0-9][a-z0-9_-]{0,79})$");

    public static final LighthouseSettings NONE = new LighthouseSettings(List.of(), Set.of(), Set.of(),
            Optional.empty(), Optional.empty());

    /** The sync: every two weeks on {@code day} at {@code time}, from {@code first} (which falls on {@code day}). */
    public record Sync(DayOfWeek day, LocalTime time, LocalDate first) {
        /** The first sync on or after {@code date}. */
        public LocalDate onOrAfter(LocalDate date) {
            if (!date.isAfter(first)) {
                return first;
            }
            long days = first.until(date, java.time.temporal.ChronoUnit.DAYS);
            long periods = (days + 13) / 14;
            return first.plusDays(periods * 14);
        }

        @Override
        public String toString() {
            return day.toString().toLowerCase(Locale.ROOT) + " " + time + " from " + first;
        }
    }

    static LighthouseSettings fromEnvironment(Map<String, String> env, List<String> problems) {
        return new LighthouseSettings(List.copyOf(users(env, "BATON_LIGHTHOUSE_REVIEWERS", problems)),
                Set.copyOf(users(env, "BATON_SALES_LEADERS", problems)), Set.copyOf(users(env, "BATON_TS_LEADERS", problems)),
                channel(env, problems), sync(env, problems));
    }

    private static Set<String> users(Map<String, String> env, String name, List<String> problems) {
        Set<String> people = new LinkedHashSet<>();
        String raw = env.get(name);
        for (String item : raw == null ? new String[0] : raw.split(",")) {
            String id = item.trim();
            if (!id.isEmpty() && !SLACK_USER.matcher(id).matches()) {
                problems.add(name + " must list Slack user ids such as U012AB3CD, not '" + id + "'");
            } else if (!id.isEmpty()) {
                people.add(id);
            }
        }
        return people;
    }

    private static Optional<String> channel(Map<String, String> env, List<String> problems) {
        String raw = env.get("BATON_LIGHTHOUSE_CHANNEL");
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (!CHANNEL.matcher(raw.trim()).matches()) {
            problems.add("BATON_LIGHTHOUSE_CHANNEL must be a channel id such as C0123ABCD or a #channel-name, not '"
                    + raw.trim() + "'");
        }
        return Optional.of(raw.trim());
    }

    /** {@code thursday 10:00 2026-12-10}: a weekday, a 24-hour time and the first sync's date, on that weekday. */
    static Optional<Sync> sync(Map<String, String> env, List<String> problems) {
        String raw = env.get("BATON_LIGHTHOUSE_SYNC");
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String[] parts = raw.trim().split("\\s+");
        try {
            if (parts.length == 3) {
                DayOfWeek day = DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT));
                LocalDate first = LocalDate.parse(parts[2]);
                if (first.getDayOfWeek() == day) {
                    return Optional.of(new Sync(day, LocalTime.parse(parts[1]), first));
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException ignored) {
            // reported below
        }
        problems.add("BATON_LIGHTHOUSE_SYNC must be a weekday, a time and the first date on that weekday, such as "
                + "'thursday 10:00 2026-12-10', not '" + raw.trim() + "'");
        return Optional.empty();
    }

    /** Everyone who leads the program: the leaders and sales and TS leadership. */
    public Set<String> leadersWith(Set<String> leaders) {
        Set<String> all = new LinkedHashSet<>(leaders);
        all.addAll(salesLeaders);
        all.addAll(tsLeaders);
        return all;
    }

    @Override
    public String toString() {
        return "[reviewers=" + reviewers + ", salesLeaders=" + salesLeaders + ", tsLeaders=" + tsLeaders
                + ", channel=" + channel.orElse("unset") + ", sync=" + sync.map(Sync::toString).orElse("unset") + "]";
    }

}
