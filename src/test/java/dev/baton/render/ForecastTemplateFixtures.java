package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.forecast.DigestChange;
import dev.baton.forecast.DigestGap;
import dev.baton.forecast.DigestReport;
import dev.baton.forecast.DigestWindow;
import dev.baton.forecast.ForecastViews;
import dev.baton.forecast.QuarterFigures;
import dev.baton.forecast.RenewalCycle;
import dev.baton.workflow.ChurnRecorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Hostile fixtures for the forecast workflow's templates, kept apart so TemplatesTest stays readable. */
final class ForecastTemplateFixtures {
    private static final LocalDate RENEWS = LocalDate.of(2027, 3, 31);

    private ForecastTemplateFixtures() {
    }

    static RenewalCycle cycle(String text) {
        return new RenewalCycle(12345678901L, 7, text, "001X", "UAE1", "UMGR1", 400_000_00L, 250, RENEWS, "open", "red",
                "partial_churn", 249_999_99L, text, "UAE1", Instant.EPOCH, "red", "partial_churn", RENEWS, 42L);
    }

    static DigestReport report(String text) {
        List<QuarterFigures> quarters = IntStream.rangeClosed(1, 4).mapToObj(q -> new QuarterFigures(2027, q, 2500,
                999_999_999_99L, 900_000_000_00L, 950_000_000_00L, 1000, 800, 500, 200, 100, 200, 1500, 300, 400))
                .toList();
        List<DigestReport.Group<DigestChange>> changes = List.of("new", "rating", "outcome", "dropped").stream()
                .map(kind -> new DigestReport.Group<>(kind, 250, IntStream.range(0, 10).mapToObj(i -> new DigestChange(
                        kind, i, text + i, RENEWS, kind.equals("rating") ? "green" : "flat",
                        kind.equals("dropped") ? "processed" : kind.equals("rating") ? "red" : "full_churn", 250))
                        .toList())).toList();
        List<DigestReport.Group<DigestGap>> gaps = List.of("no_assessment", "no_rating", "no_forecast").stream()
                .map(kind -> new DigestReport.Group<>(kind, 3000, IntStream.range(0, 10).mapToObj(i ->
                        new DigestGap(kind, text + i, RENEWS, 3000)).toList())).toList();
        return new DigestReport(LocalDate.of(2027, 1, 4), DigestWindow.of(LocalDate.of(2027, 1, 4)), quarters,
                quarters.get(0), changes, gaps);
    }

    static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, Account account, String text) {
        ForecastViews views = new ForecastViews(blockKit);
        RenewalCycle cycle = cycle(text);
        List<String> managers = List.of("UMGR1", "ULEAD1", "ULEAD2");
        fixtures.put("forecast/forecast-modal.json.ftl", () -> JsonParser.parseString(views.forecastModal(cycle))
                .getAsJsonObject());
        fixtures.put("forecast/forecast-saved.json.ftl", () -> views.forecastSaved(cycle, managers));
        fixtures.put("forecast/contradiction-dm.json.ftl", () -> views.contradiction(cycle, "UAE1"));
        fixtures.put("forecast/process-modal.json.ftl", () -> JsonParser.parseString(views.processModal(cycle,
                List.of(text.substring(0, 60), "Budget"), true)).getAsJsonObject());
        fixtures.put("forecast/processed.json.ftl", () -> views.processed(cycle, account,
                new ChurnRecorder.Recorded(42, false, text)));
        fixtures.put("forecast/digest.json.ftl", () -> views.digest(report(text)));
    }
}
