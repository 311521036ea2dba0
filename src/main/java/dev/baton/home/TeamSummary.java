package dev.baton.home;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Leaders section's aggregates of every account (the team view: per person, accounts, overdue steps and reds;
 * the count of accounts per health band), computed on the tick at most once per {@link #REFRESH} across all
 * instances and stored (V32), so a leader's open reads a few rows instead of aggregating the book. Overdue means due
 * before the day began in {@code BATON_TIMEZONE}, as the tick saw it.
 */
final class TeamSummary {
    static final Duration REFRESH = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;

    TeamSummary(Jdbi jdbi, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
    }

    /** Computes the summaries when they are older than {@link #REFRESH} and no other instance just did; answers whether it did. */
    boolean refresh() {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            HomeDao dao = handle.attach(HomeDao.class);
            if (dao.claimSummary(now, now.minus(REFRESH)) != 1) {
                return false;
            }
            Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            Map<String, Integer> overdue = dao.teamOverdue(startOfDay).stream()
                    .collect(Collectors.toMap(LeaderRows.Overdue::person, LeaderRows.Overdue::overdue));
            List<LeaderRows.Summary> team = new ArrayList<>();
            for (LeaderRows.Load load : dao.teamLoad()) {
                team.add(new LeaderRows.Summary(load.person(), load.accounts(),
                        overdue.getOrDefault(load.person(), 0), load.reds()));
            }
            Map<String, Integer> bands = new LinkedHashMap<>();
            dao.bandCounts().forEach(row -> bands.merge(row.band(), row.accounts(), Integer::sum));
            dao.forgetTeam();
            dao.forgetBands();
            if (!team.isEmpty()) {
                dao.saveTeam(team);
            }
            if (!bands.isEmpty()) {
                dao.saveBand(bands.entrySet().stream().map(e -> new LeaderRows.Band(e.getKey(), e.getValue())).toList());
            }
            return true;
        });
    }
}
