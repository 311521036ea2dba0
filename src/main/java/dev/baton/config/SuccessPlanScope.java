package dev.baton.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which accounts get a quarterly success plan: those whose segment or service model {@code
 * BATON_SUCCESS_PLAN_SEGMENTS} names (comma-separated), every Named account by default.
 */
public record SuccessPlanScope(Set<String> names) {
    static final String VARIABLE = "BATON_SUCCESS_PLAN_SEGMENTS";
    static final List<String> KNOWN = List.of("Strategic", "Enterprise", "Mid-Market", "SMB", "Named", "Pooled",
            "Scaled");
    public static final SuccessPlanScope NAMED = new SuccessPlanScope(Set.of("Named"));

    public SuccessPlanScope {
        names = Set.copyOf(names);
    }

    /** Whether an account of this segment and service model (their stored spellings, either may be null) is in. */
    public boolean includes(String segment, String serviceModel) {
        return segment != null && names.contains(segment) || serviceModel != null && names.contains(serviceModel);
    }

    static SuccessPlanScope fromEnvironment(Map<String, String> env, List<String> problems) {
        String raw = env.get(VARIABLE);
        if (raw == null || raw.isBlank()) {
            return NAMED;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String item : raw.split(",")) {
            String typed = item.trim();
            if (typed.isEmpty()) {
                continue;
            }
            String known = KNOWN.stream().filter(k -> k.equalsIgnoreCase(typed)).findFirst().orElse(null);
            if (known == null) {
                problems.add(VARIABLE + " must list segments or service models (" + String.join(", ", KNOWN)
                        + "), not '" + typed + "'");
                return NAMED;
            }
            names.add(known);
        }
        return names.isEmpty() ? NAMED : new SuccessPlanScope(names);
    }
}
