package dev.baton.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who Baton tells at a First Order to Expand hand-over besides the Expand AE: the Expand AE's manager, the
 * First Order manager, Sales Support and the Expand Director. {@code BATON_EXPAND_HANDOVER_NOTIFY} names them
 * for every team; {@code BATON_EXPAND_HANDOVER_NOTIFY_<SEGMENT>} (STRATEGIC, ENTERPRISE, MID_MARKET, SMB)
 * names them for one segment's team instead.
 */
public record ExpandTeam(List<String> everyTeam, Map<String, List<String>> bySegment) {
    static final String VARIABLE = "BATON_EXPAND_HANDOVER_NOTIFY";
    static final List<String> SEGMENTS = List.of("Strategic", "Enterprise", "Mid-Market", "SMB");
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");

    public static final ExpandTeam NOBODY = new ExpandTeam(List.of(), Map.of());

    /** The people to tell for an account of this segment (its own team's list, or the one for every team). */
    public List<String> peopleFor(String segment) {
        return segment == null ? everyTeam : bySegment.getOrDefault(segment, everyTeam);
    }

    static ExpandTeam fromEnvironment(Map<String, String> env, List<String> problems) {
        List<String> everyTeam = parse(env, VARIABLE, problems);
        Map<String, List<String>> bySegment = new LinkedHashMap<>();
        for (String segment : SEGMENTS) {
            String name = VARIABLE + "_" + segment.toUpperCase(Locale.ROOT).replace('-', '_');
            if (env.containsKey(name)) {
                bySegment.put(segment, parse(env, name, problems));
            }
        }
        return new ExpandTeam(everyTeam, Map.copyOf(bySegment));
    }

    private static List<String> parse(Map<String, String> env, String name, List<String> problems) {
        List<String> people = new ArrayList<>();
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        for (String item : raw.split(",")) {
            String id = item.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!SLACK_USER.matcher(id).matches()) {
                problems.add(name + " must list Slack user ids such as U012AB3CD, not '" + id + "'");
            } else if (!people.contains(id)) {
                people.add(id);
            }
        }
        return List.copyOf(people);
    }
}
