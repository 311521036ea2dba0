package dev.baton.accounthealth;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of {@code account_health}: the latest score, its band, its components (JSON) and missing inputs. */
public record StoredHealth(long accountId, Integer score, String band, String components, String missing,
                           Instant computedAt) {

    /** The components by key, in the stored order. */
    public Map<String, Integer> componentMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : JsonParser.parseString(components).getAsJsonObject().entrySet()) {
            map.put(entry.getKey(), entry.getValue().getAsInt());
        }
        return map;
    }

    /** The keys of the components left out for want of input. */
    public List<String> missingList() {
        return missing == null || missing.isBlank() ? List.of() : Arrays.asList(missing.split(","));
    }
}
