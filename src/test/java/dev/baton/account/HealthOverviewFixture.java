package dev.baton.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The fullest overview there is, with hostile names, for the template tests of the weekly post and App Home. */
public final class HealthOverviewFixture {
    private HealthOverviewFixture() {
    }

    public static HealthOverview fullest(String text) {
        Map<String, Map<String, Integer>> bySegment = new LinkedHashMap<>();
        for (String segment : List.of("Enterprise", "Mid-Market", "No segment", "SMB", "Strategic")) {
            bySegment.put(segment, Map.of("green", 12345, "yellow", 2345, "red", 345));
        }
        List<HealthOverview.Mover> movers = IntStream.range(0, HealthOverview.MOVERS).mapToObj(i ->
                new HealthOverview.Mover(i, text + i, i % 2 == 0 ? 5 : 95, i % 2 == 0 ? "red" : "green", 50, "yellow"))
                .toList();
        List<HealthOverview.Mover> red = IntStream.range(0, HealthOverview.LISTED).mapToObj(i ->
                new HealthOverview.Mover(100 + i, text + i, 10, "red", 75, i % 2 == 0 ? "green" : "yellow")).toList();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (String input : List.of("utilisation", "adoption", "engagement", "version_currency", "relationships")) {
            missing.put(input, 99_999 - missing.size());
        }
        return new HealthOverview(LocalDate.of(2026, 11, 23), 100_000, Map.of("green", 61725, "yellow", 11725,
                "red", 1725), bySegment, movers, red, 2500, missing);
    }
}
