package dev.baton.home;

import dev.baton.account.HealthOverview;
import dev.baton.audit.Audit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * App Home's Leaders section: the team view (per person: accounts, overdue items, reds) and the health bands across
 * every account, both as the tick last counted them ({@link TeamSummary}), the weekly health overview last posted
 * (one stored row, not a read of every account on each open), and the muted usage alerts with Unmute.
 * The undelivered messages stay in {@link HomeService}.
 */
final class LeadersSection {
    static final int TEAM_SHOWN = 15;
    static final int MUTES_SHOWN = 10;

    /**
     * What the section shows; {@code team} and {@code bands} as the last tick counted them ({@link TeamSummary}, at
     * {@code countedAt}, null before the first count); {@code overview} null before the first weekly post.
     */
    record Shown(List<Person> team, Map<String, Integer> bands, HealthOverview overview, List<LeaderRows.Muted> mutes,
                 Instant countedAt) {
    }

    record Person(String person, int accounts, int overdue, int reds) {
    }

    private LeadersSection() {
    }

    static Shown read(Handle handle) {
        HomeDao dao = handle.attach(HomeDao.class);
        List<Person> team = dao.teamSummary(TEAM_SHOWN).stream()
                .map(row -> new Person(row.person(), row.accounts(), row.overdue(), row.reds())).toList();
        Map<String, Integer> bands = new LinkedHashMap<>();
        for (String band : List.of("green", "yellow", "red", "none")) {
            bands.put(band, 0);
        }
        dao.bandSummary().forEach(row -> bands.merge(row.band(), row.accounts(), Integer::sum));
        return new Shown(team, bands, HealthOverview.latest(handle).orElse(null), dao.mutedWithNames(MUTES_SHOWN),
                dao.summaryComputedAt().orElse(null));
    }

    /**
     * Unmutes a feature or an account's usage alerts, for a leader; audited as the usage workflow's own Unmute is.
     * Answers whether anything changed.
     */
    static boolean unmute(Jdbi jdbi, Clock clock, String actor, String kind, String subject) {
        if (!"feature".equals(kind) && !"account".equals(kind)) {
            return false;
        }
        return jdbi.inTransaction(handle -> {
            if (handle.attach(HomeDao.class).unmuteSubject(kind, subject) != 1) {
                return false;
            }
            Long accountId = "account".equals(kind) && subject.matches("\\d{1,18}") ? Long.valueOf(subject) : null;
            Audit.record(handle, clock.instant(), actor, accountId, "usage.unmuted", null,
                    Map.of(kind, subject, "from", "app-home"));
            return true;
        });
    }
}
