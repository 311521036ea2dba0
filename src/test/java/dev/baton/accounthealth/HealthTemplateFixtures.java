package dev.baton.accounthealth;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.HealthOverviewFixture;
import dev.baton.render.BlockKit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Fixtures for the health templates (TemplatesTest renders each with the hostile account name). */
public final class HealthTemplateFixtures {
    private HealthTemplateFixtures() {
    }

    public static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, Account account) {
        fixtures.put("health/overview.json.ftl", () -> new WeeklyOverview(null, null, null, "C0HEALTH", blockKit)
                .message(HealthOverviewFixture.fullest(account.name())));
        fixtures.put("health/band-change-dm.json.ftl", () -> {
            StoredHealth before = new StoredHealth(account.id(), 72, "green",
                    "{\"utilisation\":90,\"version_currency\":100,\"relationships\":50}", "adoption,engagement",
                    Instant.EPOCH);
            Map<Component, Integer> scored = new EnumMap<>(Component.class);
            scored.put(Component.UTILISATION, 20);
            scored.put(Component.VERSION_CURRENCY, 40);
            scored.put(Component.RELATIONSHIPS, 50);
            HealthScore after = HealthScore.of(scored, HealthWeights.DEFAULTS);
            return blockKit.renderTree("health/band-change-dm.json.ftl", BandChange.model(account, before, after,
                    BandChange.moved(before.componentMap(), after)));
        });
    }
}
