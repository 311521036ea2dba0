package dev.baton.home;

import dev.baton.account.AccountAccess;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.timeline.StepForms;
import dev.baton.timeline.UserZones;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Builds App Home views as {@link HomeWorkflow} does, without Slack, for the benchmark (which lives in
 * {@code dev.baton.bench} and cannot reach this package's classes): the database reads and the rendering, nothing
 * else. Nobody's zone is looked up: unknown people are in UTC.
 */
public final class HomeBuildProbe {
    private final HomeService service;
    private final HomeViews views;
    private final UserZones zones;
    private final TeamSummary teamSummary;

    public HomeBuildProbe(Database db, Clock clock, Set<String> leaders) {
        zones = new UserZones(db.jdbi(), null, ZoneOffset.UTC, clock, work -> { });
        MySettings settings = new MySettings(db.jdbi(), zones, clock);
        service = new HomeService(db.jdbi(), new OutboxAdmin(db.jdbi(), clock), new AccountAccess(leaders), zones,
                clock, settings, new StepForms());
        views = new HomeViews(new BlockKit(new Templates(Path.of("templates"))));
        teamSummary = new TeamSummary(db.jdbi(), clock, ZoneOffset.UTC);
    }

    /** The tick's count of the Leaders section's team view and bands; answers whether it counted (it was stale). */
    public boolean countTeam() {
        return teamSummary.refresh();
    }

    /** The view published for {@code userId} with My accounts sorted by health ({@code byRenewal} false) or renewal. */
    public String view(String userId, boolean byRenewal, int todayPage, int accountsPage) {
        HomeState state = new HomeState(byRenewal ? HomeState.Sort.RENEWAL : HomeState.Sort.HEALTH, todayPage,
                accountsPage);
        return views.home(service.tab(userId, state), zones.of(userId));
    }
}
