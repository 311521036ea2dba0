package dev.baton.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account health score's settings: each component's weight ({@code BATON_HEALTH_WEIGHT_<COMPONENT>}), the band
 * thresholds ({@code BATON_HEALTH_GREEN_FROM}, {@code BATON_HEALTH_YELLOW_FROM}), the latest product version
 * ({@code BATON_LATEST_VERSION}; unset: the newest any account reports), how long a recompute waits after the last
 * change of an input ({@code BATON_HEALTH_DEBOUNCE_SECONDS}) and the weekly overview's channel
 * ({@code BATON_HEALTH_CHANNEL}; unset: the usage channel). Defaults in the README.
 *
 * @param weights component key (utilisation, adoption, engagement, version_currency, relationships) to weight
 */
public record HealthSettings(Map<String, Integer> weights, int greenFrom, int yellowFrom,
                             Optional<String> latestVersion, int debounceSeconds, Optional<String> channel) {
    public static final Map<String, Integer> DEFAULT_WEIGHTS = defaults();

    public HealthSettings {
        weights = Map.copyOf(weights);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("utilisation", 25);
        weights.put("adoption", 20);
        weights.put("engagement", 20);
        weights.put("version_currency", 15);
        weights.put("relationships", 20);
        return java.util.Collections.unmodifiableMap(weights);
    }

    public static HealthSettings defaultsFor() {
        return new HealthSettings(DEFAULT_WEIGHTS, 70, 40, Optional.empty(), 60, Optional.empty());
    }

    static HealthSettings fromEnvironment(Map<String, String> env, List<String> problems) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        DEFAULT_WEIGHTS.forEach((key, fallback) -> weights.put(key, Settings.parseWhole(env,
                "BATON_HEALTH_WEIGHT_" + key.toUpperCase(java.util.Locale.ROOT), fallback, 0, 1000, problems)));
        if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            problems.add("BATON_HEALTH_WEIGHT_* cannot all be 0: the health score needs one component that counts");
        }
        int green = Settings.parseWhole(env, "BATON_HEALTH_GREEN_FROM", 70, 1, 100, problems);
        int yellow = Settings.parseWhole(env, "BATON_HEALTH_YELLOW_FROM", 40, 0, 100, problems);
        if (yellow > green) {
            problems.add("BATON_HEALTH_YELLOW_FROM (" + yellow + ") must not be above BATON_HEALTH_GREEN_FROM ("
                    + green + ")");
        }
        String latest = env.get("BATON_LATEST_VERSION");
        if (latest != null && !latest.isBlank() && !latest.trim().matches("^v?\\d{1,6}(\\.\\d{1,6}){0,2}.*$")) {
            problems.add("BATON_LATEST_VERSION must be a version such as 4.2.1, not '" + latest + "'");
        }
        int debounce = Settings.parseWhole(env, "BATON_HEALTH_DEBOUNCE_SECONDS", 60, 0, 86_400, problems);
        return new HealthSettings(weights, green, Math.min(yellow, green),
                Optional.ofNullable(latest == null || latest.isBlank() ? null : latest.trim()), debounce,
                Settings.parseChannel(env, "BATON_HEALTH_CHANNEL", problems));
    }
}
