package dev.baton.accounthealth;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The health overview of every scored account, the data of the weekly overview and of App Home's Leaders section:
 * the count by band, by segment and band, the biggest movers against last week's snapshot, the accounts that turned
 * red since then, and how often each input was missing (most often first).
 *
 * @param week the Monday (in BATON_TIMEZONE) of the week it describes
 */
public record HealthOverview(LocalDate week, int accounts, Map<String, Integer> byBand,
                             Map<String, Map<String, Integer>> bySegment, List<Mover> movers, List<Mover> turnedRed,
                             Map<String, Integer> missing) {
    /** How many movers the overview lists. */
    public static final int MOVERS = 5;

    /** An account whose score moved since last week's snapshot. */
    public record Mover(long accountId, String name, int score, String band, int lastScore, String lastBand) {
        public int change() {
            return score - lastScore;
        }
    }

    /** The overview now: this week's Monday in {@code zone}, compared with the Monday before. */
    public static HealthOverview read(Handle handle, Instant now, ZoneId zone) {
        LocalDate week = HealthRecompute.weekStart(now, zone);
        List<HealthOverviewDao.Row> rows = handle.attach(HealthOverviewDao.class).rows(week.minusWeeks(1));
        Map<String, Integer> byBand = new LinkedHashMap<>();
        for (String band : List.of("green", "yellow", "red")) {
            byBand.put(band, 0);
        }
        Map<String, Map<String, Integer>> bySegment = new TreeMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (HealthOverviewDao.Row row : rows) {
            byBand.merge(row.band(), 1, Integer::sum);
            bySegment.computeIfAbsent(row.segment() == null ? "No segment" : row.segment(), s -> new LinkedHashMap<>(
                    Map.of("green", 0, "yellow", 0, "red", 0))).merge(row.band(), 1, Integer::sum);
            if (row.missing() != null && !row.missing().isBlank()) {
                for (String input : row.missing().split(",")) {
                    missing.merge(input, 1, Integer::sum);
                }
            }
        }
        List<Mover> moved = rows.stream().filter(r -> r.lastScore() != null && r.lastScore() != r.score())
                .map(r -> new Mover(r.accountId(), r.name(), r.score(), r.band(), r.lastScore(), r.lastBand()))
                .toList();
        List<Mover> movers = moved.stream().sorted(Comparator.comparingInt((Mover m) -> -Math.abs(m.change()))
                .thenComparing(Mover::name)).limit(MOVERS).toList();
        List<Mover> turnedRed = rows.stream().filter(r -> "red".equals(r.band()) && r.lastBand() != null
                        && !"red".equals(r.lastBand()))
                .map(r -> new Mover(r.accountId(), r.name(), r.score(), r.band(),
                        r.lastScore() == null ? r.score() : r.lastScore(), r.lastBand()))
                .sorted(Comparator.comparing(Mover::name)).toList();
        Map<String, Integer> mostMissing = new LinkedHashMap<>();
        missing.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> mostMissing.put(e.getKey(), e.getValue()));
        return new HealthOverview(week, rows.size(), byBand, bySegment, movers, turnedRed, mostMissing);
    }
}
