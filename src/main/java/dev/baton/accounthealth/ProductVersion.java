package dev.baton.accounthealth;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Product versions as major.minor.patch (a leading "v" and missing parts allowed: "v16.2" is 16.2.0). */
public final class ProductVersion {
    private static final Pattern VERSION = Pattern.compile("^v?(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?.*$");

    private ProductVersion() {
    }

    public static Optional<int[]> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(raw.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3))});
    }

    private static int part(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /** The newest of the versions given (those that parse); empty when none does. */
    public static Optional<String> newest(Collection<String> versions) {
        String best = null;
        int[] bestParts = null;
        for (String version : versions) {
            Optional<int[]> parts = parse(version);
            if (parts.isPresent() && (bestParts == null || compare(parts.get(), bestParts) > 0)) {
                best = version.trim();
                bestParts = parts.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
