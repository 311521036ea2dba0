package dev.baton.accounthealth;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.account.HealthOverviewDao;
import dev.baton.config.HealthSettings;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The account health score (issue 17): recomputed in the background, debounced, when its inputs change (the writers
 * only mark the account, see {@code account.HealthDirty}), stored in {@code account_health} with a weekly snapshot,
 * a change of band told to the account's AE and TA, and the weekly health overview posted on Mondays.
 */
public final class HealthWorkflow implements Workflow {
    private final HealthWork work;
    private final HealthApi api;
    private final WeeklyOverview overview;

    public HealthWorkflow(SharedParts parts) {
        HealthSettings settings = parts.settings().health();
        HealthWeights weights = weights(settings);
        api = new HealthApi(parts.apiAuth(), parts.jdbi(), weights);
        HealthRecompute recompute = new HealthRecompute(weights, settings.latestVersion(),
                parts.settings().timezone(), parts.settings().journeys().trackOpens());
        work = new HealthWork(parts.jdbi(), parts.clock(), recompute, new BandChange(parts.blockKit()),
                Duration.ofSeconds(settings.debounceSeconds()), "baton-" + UUID.randomUUID().toString().substring(0, 8));
        overview = new WeeklyOverview(parts.jdbi(), parts.clock(), parts.settings().timezone(),
                settings.channel().orElse(parts.settings().usageChannel()), parts.blockKit());
    }

    /** The weights and bands of the settings, by component. */
    static HealthWeights weights(HealthSettings settings) {
        Map<Component, Integer> weights = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            weights.put(component, settings.weights().getOrDefault(component.key(), 0));
        }
        return new HealthWeights(weights, settings.greenFrom(), settings.yellowFrom());
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, HealthInputsDao.class, HealthQueueDao.class, HealthReadDao.class,
                HealthOverviewDao.class, OverviewWeekDao.class);
    }

    @Override
    public void tick() {
        work.tick();
        overview.postIfDue(); // after the recompute, so the overview has this tick's scores
    }

    @Override
    public void register(App app) {
        app.endpoint("GET", HealthApi.PATH, (req, ctx) -> api.handle(req));
    }
}
