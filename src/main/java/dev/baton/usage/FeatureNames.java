package dev.baton.usage;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feature names as sent, normalised once per name rather than once per event: a batch names a few features
 * thousands of times. Events of one feature then share its key string, whose hash is kept, so the per-event
 * lookups by (account, feature) neither rehash nor compare it character by character.
 */
final class FeatureNames {
    /** Distinct names kept before starting afresh; far more features than any product has. */
    private static final int CAPACITY = 10_000;
    private static final Map<String, Name> NAMES = new ConcurrentHashMap<>();

    /** A feature's display name (runs of whitespace as one space) and its key (that, in lower case). */
    record Name(String feature, String key) {
    }

    private FeatureNames() {
    }

    /** The name and key of a feature as sent (already trimmed). */
    static Name of(String sent) {
        Name name = NAMES.get(sent);
        if (name == null) {
            if (NAMES.size() >= CAPACITY) {
                NAMES.clear();
            }
            String feature = UsageEvent.collapseSpaces(sent);
            name = new Name(feature, feature.toLowerCase(Locale.ROOT));
            NAMES.put(sent, name);
        }
        return name;
    }
}
