package dev.baton.account;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonSerializer;
import dev.baton.render.Ellipsis;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The health overview of every scored account, the data of the weekly overview post and of App Home's Leaders
 * section: the count by band, by segment and band, the biggest movers over the week, the accounts that turned red in
 * it, and how often each input was missing (most often first). The health workflow stores the one it posts each
 * week ({@code health_overview_week}); it lives here so that App Home shows it without importing that workflow.
 *
 * @param week        the Monday (in BATON_TIMEZONE) of the week it describes
 * @param turnedRed   the first {@link #LISTED} by name of the {@code turnedRedCount} accounts that turned red
 */
public record HealthOverview(LocalDate week, int accounts, Map<String, Integer> byBand,
                             Map<String, Map<String, Integer>> bySegment, List<Mover> movers, List<Mover> turnedRed,
                             int turnedRedCount, Map<String, Integer> missing) {
    /** How many movers the overview lists. */
    public static final int MOVERS = 5;
    /** How many of the accounts that turned red the overview names. */
    public static final int LISTED = 10;
    /** How much of an account's name the overview shows, so that ten of them fit in one section. */
    static final int NAME_SHOWN = 80;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final List<String> BANDS = List.of("green", "yellow", "red");
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (date, type, context) ->
                    new JsonPrimitive(date.toString()))
            .registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) (json, type, context) ->
                    LocalDate.parse(json.getAsString()))
            .create();

    /** An account whose score moved over the week: its score now and its score a week before. */
    public record Mover(long accountId, String name, int score, String band, int lastScore, String lastBand) {
        public int change() {
            return score - lastScore;
        }
    }

    /**
     * The overview of the week that starts on {@code week}: every scored account's score now against its latest
     * weekly snapshot from before that week (the score it had a week or more ago; an account first scored since has
     * none, so it neither moved nor turned red).
     */
    public static HealthOverview read(Handle handle, LocalDate week) {
        List<HealthOverviewDao.Row> rows = handle.attach(HealthOverviewDao.class).rows(week);
        Map<String, Integer> byBand = new LinkedHashMap<>();
        BANDS.forEach(band -> byBand.put(band, 0));
        Map<String, Map<String, Integer>> bySegment = new TreeMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (HealthOverviewDao.Row row : rows) {
            byBand.merge(row.band(), 1, Integer::sum);
            bySegment.computeIfAbsent(row.segment() == null ? "No segment" : row.segment(), s -> zeroBands())
                    .merge(row.band(), 1, Integer::sum);
            if (row.missing() != null && !row.missing().isBlank()) {
                for (String input : row.missing().split(",")) {
                    missing.merge(input, 1, Integer::sum);
                }
            }
        }
        List<Mover> movers = rows.stream().filter(r -> r.lastScore() != null && r.lastScore() != r.score())
                .map(HealthOverview::mover)
                .sorted(Comparator.comparingInt((Mover m) -> -Math.abs(m.change())).thenComparing(Mover::name))
                .limit(MOVERS).toList();
        List<Mover> turnedRed = rows.stream().filter(r -> "red".equals(r.band()) && r.lastBand() != null
                        && !"red".equals(r.lastBand()))
                .map(HealthOverview::mover).sorted(Comparator.comparing(Mover::name)).toList();
        Map<String, Integer> mostMissing = new LinkedHashMap<>();
        missing.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> mostMissing.put(e.getKey(), e.getValue()));
        return new HealthOverview(week, rows.size(), byBand, bySegment, movers,
                turnedRed.subList(0, Math.min(LISTED, turnedRed.size())), turnedRed.size(), mostMissing);
    }

    private static Map<String, Integer> zeroBands() {
        Map<String, Integer> bands = new LinkedHashMap<>();
        BANDS.forEach(band -> bands.put(band, 0));
        return bands;
    }

    private static Mover mover(HealthOverviewDao.Row r) {
        return new Mover(r.accountId(), r.name(), r.score(), r.band(), r.lastScore(), r.lastBand());
    }

    /** The overview most recently posted, as stored with its week; empty before the first. */
    public static Optional<HealthOverview> latest(Handle handle) {
        return handle.attach(HealthOverviewDao.class).latest().map(HealthOverview::fromJson);
    }

    /**
     * The overview as its templates show it (the weekly post and App Home): the week as a date, the bands, a row per
     * segment, the movers and the accounts turned red with their names cut to {@link #NAME_SHOWN}, the inputs
     * missing as key and count.
     */
    public Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("week", WEEK.format(week));
        model.put("accounts", accounts);
        model.put("bands", byBand);
        model.put("segments", bySegment.entrySet().stream().map(e -> Map.of("name", e.getKey(),
                "green", e.getValue().getOrDefault("green", 0), "yellow", e.getValue().getOrDefault("yellow", 0),
                "red", e.getValue().getOrDefault("red", 0))).toList());
        model.put("movers", movers.stream().map(HealthOverview::shown).toList());
        model.put("turnedRed", turnedRed.stream().map(HealthOverview::shown).toList());
        model.put("moreRed", turnedRedCount - turnedRed.size());
        model.put("missing", missing.entrySet().stream().map(e -> Map.of("input", e.getKey(), "accounts",
                e.getValue())).toList());
        return model;
    }

    private static Map<String, Object> shown(Mover m) {
        String change = (m.change() > 0 ? "+" : "−") + Math.abs(m.change());
        return Map.of("name", Ellipsis.cut(m.name(), NAME_SHOWN), "score", m.score(), "band", m.band(),
                "last", m.lastScore(), "lastBand", m.lastBand() == null ? "" : m.lastBand(), "change", change,
                "up", m.change() > 0);
    }

    /** The overview as it is stored beside the week it was posted in. */
    public String toJson() {
        return GSON.toJson(this);
    }

    static HealthOverview fromJson(String json) {
        return GSON.fromJson(json, HealthOverview.class);
    }
}
