package dev.baton.forecast;

import com.google.gson.JsonObject;
import dev.baton.account.Account;
import dev.baton.account.Money;
import dev.baton.render.BlockKit;
import dev.baton.workflow.ChurnRecorder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the forecast workflow's data into Block Kit through the templates under {@code templates/forecast/}. */
public final class ForecastViews {
    private final BlockKit blockKit;

    public ForecastViews(BlockKit blockKit) {
        this.blockKit = blockKit;
    }

    public String forecastModal(RenewalCycle cycle) {
        return blockKit.render("forecast/forecast-modal.json.ftl", Map.of("cycle", cycle, "outcomes", Outcome.values()));
    }

    public JsonObject forecastSaved(RenewalCycle cycle, List<String> told) {
        return blockKit.renderTree("forecast/forecast-saved.json.ftl", Map.of("cycle", cycle, "told", told));
    }

    public JsonObject contradiction(RenewalCycle cycle, String actor) {
        return blockKit.renderTree("forecast/contradiction-dm.json.ftl", Map.of("cycle", cycle, "actor", actor));
    }

    /** The Process renewal modal; the next renewal date offered is a year after this one. */
    public String processModal(RenewalCycle cycle, List<String> categories, boolean sponsorConfigured) {
        return blockKit.render("forecast/process-modal.json.ftl", Map.of("cycle", cycle, "outcomes", Outcome.values(),
                "categories", categories, "sponsor", sponsorConfigured,
                "nextRenewal", cycle.renewalDate().plusYears(1).toString()));
    }

    /** {@code churn} is null for a flat or incremental renewal. */
    public JsonObject processed(RenewalCycle cycle, Account account, ChurnRecorder.Recorded churn) {
        Map<String, Object> model = new HashMap<>();
        model.put("cycle", cycle);
        model.put("account", account);
        model.put("outcome", Outcome.labelOf(cycle.processedOutcome()));
        model.put("arr", Money.dollars(account.arrCents() == null ? 0 : account.arrCents()));
        if (churn != null) {
            model.put("churn", churn);
        }
        return blockKit.renderTree("forecast/processed.json.ftl", model);
    }

    public JsonObject digest(DigestReport report) {
        return blockKit.renderTree("forecast/digest.json.ftl", Map.of("report", report));
    }
}
