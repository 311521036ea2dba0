package dev.baton.accounthealth;

import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each component and the band thresholds. A score at or above {@code greenFrom} is green, at or above
 * {@code yellowFrom} yellow, below it red. The defaults are documented in the README.
 */
public record HealthWeights(Map<Component, Integer> weights, int greenFrom, int yellowFrom) {
    public static final HealthWeights DEFAULTS = new HealthWeights(Map.of(Component.UTILISATION, 25,
            Component.ADOPTION, 20, Component.ENGAGEMENT, 20, Component.VERSION_CURRENCY, 15,
            Component.RELATIONSHIPS, 20), 70, 40);

    public HealthWeights {
        Map<Component, Integer> copy = new EnumMap<>(Component.class);
        copy.putAll(weights);
        weights = copy;
        if (!(0 <= yellowFrom && yellowFrom <= greenFrom && greenFrom <= 100)) {
            throw new IllegalArgumentException("bands need 0 <= yellow <= green <= 100, not yellow " + yellowFrom
                    + " and green " + greenFrom);
        }
        for (Component component : Component.values()) {
            if (weights.getOrDefault(component, 0) < 0) {
                throw new IllegalArgumentException("the weight of " + component.key() + " cannot be negative");
            }
        }
    }

    public int of(Component component) {
        return weights.getOrDefault(component, 0);
    }

    /** The band of a score: green, yellow or red. */
    public String band(int score) {
        return score >= greenFrom ? "green" : score >= yellowFrom ? "yellow" : "red";
    }
}
