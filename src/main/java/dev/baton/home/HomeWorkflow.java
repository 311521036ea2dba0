package dev.baton.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.account.AccountDao;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.outbox.OutboxDao;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * App Home, a cockpit per person: Today's due items with their buttons, My accounts with their health, and for
 * leaders the messages Baton could not deliver. Published on opening and refreshed after changes (debounced).
 */
public final class HomeWorkflow implements Workflow {
    private final HomeSlack slack;
    private final SettingsSlack settingsSlack;
    private final HomeChanges changes;
    private final TeamSummary teamSummary;
    private final HomeRefresher refresher;

    public HomeWorkflow(SharedParts parts) {
        MySettings settings = new MySettings(parts.jdbi(), parts.zones(), parts.clock());
        HomeService service = new HomeService(parts.jdbi(), new OutboxAdmin(parts.jdbi(), parts.clock()),
                parts.access(), parts.zones(), parts.clock(), settings, parts.stepForms());
        HomeViews views = new HomeViews(parts.blockKit());
        HomeRefreshQueue queue = new HomeRefreshQueue(parts.jdbi(), "baton-" + UUID.randomUUID().toString().substring(0, 8));
        refresher = new HomeRefresher(queue, parts.clock(), parts.methods(),
                (user, state) -> views.home(service.tab(user, state), parts.zones().of(user)), parts.responders(),
                Duration.ofMillis(parts.settings().homeDebounceMillis()));
        slack = new HomeSlack(service, views, parts.responses(), refresher);
        settingsSlack = new SettingsSlack(settings, refresher);
        changes = new HomeChanges(parts.jdbi(), parts.clock(), refresher);
        teamSummary = new TeamSummary(parts.jdbi(), parts.clock(), parts.settings().timezone());
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, OutboxDao.class, HomeDao.class, HomeRefreshDao.class);
    }

    @Override
    public void tick() {
        teamSummary.refresh();
        changes.sweep();
    }

    /** The refreshes past their debounce, marked on any instance: every second, so a home follows its changes. */
    @Override
    public void poll() {
        refresher.poll();
    }

    @Override
    public void releaseClaims() {
        refresher.releaseClaims();
    }

    @Override
    public void register(App app) {
        app.use(slack.refreshAfterHomeButtons());
        app.event(AppHomeOpenedEvent.class, slack::homeOpened);
        app.blockAction(Pattern.compile("^" + HomeIds.ACTION_PAGE + "-(prev|next)$"), slack::pageButton);
        app.blockAction(Pattern.compile("^" + HomeIds.ACTION_SORT + "-(health|renewal)$"), slack::sortButton);
        app.blockAction(Pattern.compile("^" + HomeIds.ACTION_ALERT + "-.+$"), settingsSlack::alertChosen);
        app.blockAction(Pattern.compile("^" + HomeIds.ACTION_QUIET + "-.+$"), settingsSlack::quietHoursChosen);
        app.blockAction(HomeIds.ACTION_UNMUTE, slack::unmuteButton);
        app.blockAction(HomeIds.ACTION_RETRY, slack::retryButton);
        app.blockAction(HomeIds.OLD_ACTION_RETRY, slack::retryButton); // on dead-letter DMs already sent
        app.blockAction(HomeIds.ACTION_DROP, slack::dropButton);
        app.blockAction(HomeIds.OLD_ACTION_DROP, slack::dropButton);
    }
}
