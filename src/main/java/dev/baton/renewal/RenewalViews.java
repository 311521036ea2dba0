package dev.baton.renewal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.render.BlockKit;
import dev.baton.timeline.StepForm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the renewal card and list, its modals and its DMs from templates/renewal/. */
final class RenewalViews {
    private final BlockKit blockKit;

    RenewalViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    JsonArray stepButton(StepForm form) {
        return blockKit.renderTree("renewal/step-button.json.ftl", Map.of("action", form.actionId(),
                "label", form.label(), "value", form.value())).getAsJsonArray("blocks");
    }

    JsonObject card(RenewalCard card) {
        return blockKit.renderTree("renewal/card.json.ftl", Map.of("card", card));
    }

    /** The card as the answer to {@code /renewal <account>}, ready to send. */
    String cardAnswer(RenewalCard card) {
        return blockKit.renderEphemeral("renewal/card.json.ftl", Map.of("card", card));
    }

    JsonObject list(List<RenewalRow> rows, LocalDate today, Instant now, boolean everyone, int days) {
        List<Map<String, Object>> shown = rows.stream().map(row -> row(row, today, now)).toList();
        return blockKit.renderTree("renewal/list.json.ftl", Map.of("rows", shown, "everyone", everyone, "days", days));
    }

    private static Map<String, Object> row(RenewalRow row, LocalDate today, Instant now) {
        Map<String, Object> model = new HashMap<>();
        model.put("accountId", row.accountId());
        model.put("name", row.name());
        model.put("renewalDate", row.renewalDate().toString());
        model.put("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(today, row.renewalDate()));
        model.put("arr", row.arrCents() == null ? "" : RenewalRow.dollars(row.arrCents()));
        model.put("rating", Rating.parse(row.rating()).map(r -> r.emoji() + " " + r.label()).orElse(""));
        model.put("proposed", Rating.parse(row.overallRating()).map(Rating::label).orElse(""));
        model.put("outcome", RenewalCard.label(row.forecastOutcome()));
        model.put("arrAfter", row.forecastArrAfterCents() == null ? "" : RenewalRow.dollars(row.forecastArrAfterCents()));
        model.put("overdue", String.join(", ", row.overdue(today, now)));
        return model;
    }

    JsonObject notFound(String query, List<String> nearest) {
        return blockKit.renderTree("renewal/not-found.json.ftl", Map.of("query", query, "nearest", nearest));
    }

    JsonObject choices(String query, List<Account> accounts) {
        return blockKit.renderTree("renewal/choices.json.ftl", Map.of("query", query, "accounts", accounts));
    }

    String modal(String template, Map<String, ?> model) {
        return blockKit.render("renewal/" + template, model);
    }

    JsonObject message(String template, Map<String, ?> model) {
        return blockKit.renderTree("renewal/" + template, model);
    }

    /** The assessment's first notes from what Baton knows, by driver code (and {@code risks}). */
    Map<String, String> prefill(AssessmentFacts facts) {
        JsonObject notes = blockKit.renderTree("renewal/prefill.json.ftl", Map.of("facts", facts));
        Map<String, String> prefill = new HashMap<>();
        notes.keySet().forEach(key -> prefill.put(key, notes.get(key).getAsString()));
        return prefill;
    }
}
