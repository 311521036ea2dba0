package dev.baton.accounthealth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An account's health: the weighted mean of the components that have an input, the weights of the missing ones
 * spread over the rest (so a missing input neither helps nor hurts), its band, and which inputs were missing.
 * {@code score} and {@code band} are null when no component has an input (or all present ones weigh nothing).
 */
public record HealthScore(Integer score, String band, Map<Component, Integer> components, List<Component> missing) {

    /** Scores the components given (null: no input) with the weights. */
    public static HealthScore of(Map<Component, Integer> scored, HealthWeights weights) {
        Map<Component, Integer> present = new EnumMap<>(Component.class);
        List<Component> missing = new ArrayList<>();
        long weighted = 0;
        long total = 0;
        for (Component component : Component.values()) {
            Integer value = scored.get(component);
            if (value == null) {
                missing.add(component);
                continue;
            }
            int clamped = Math.max(0, Math.min(100, value));
            present.put(component, clamped);
            weighted += (long) clamped * weights.of(component);
            total += weights.of(component);
        }
        if (total == 0) {
            return new HealthScore(null, null, present, missing);
        }
        int score = (int) Math.round((double) weighted / total);
        return new HealthScore(score, weights.band(score), present, missing);
    }
}
