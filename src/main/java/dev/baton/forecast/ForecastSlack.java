package dev.baton.forecast;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.baton.render.BlockKit;
import dev.baton.slack.ActionValue;
import dev.baton.slack.ModalValues;
import dev.baton.slack.Modals;
import dev.baton.slack.SlackResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The handlers of the Forecast and Process renewal buttons and their modals: parse, call the service, answer. */
final class ForecastSlack {
    private static final Logger log = LoggerFactory.getLogger(ForecastSlack.class);

    private final ForecastService forecasts;
    private final RenewalProcessing processing;
    private final ForecastViews views;
    private final List<String> categories;
    private final boolean sponsorConfigured;

    ForecastSlack(ForecastService forecasts, RenewalProcessing processing, ForecastViews views, List<String> categories,
                  boolean sponsorConfigured) {
        this.forecasts = forecasts;
        this.processing = processing;
        this.views = views;
        this.categories = categories;
        this.sponsorConfigured = sponsorConfigured;
    }

    Response forecastButton(BlockActionRequest req, ActionContext ctx) {
        return open(req, ctx, views::forecastModal);
    }

    Response processButton(BlockActionRequest req, ActionContext ctx) {
        return open(req, ctx, cycle -> views.processModal(cycle, categories, sponsorConfigured));
    }

    Response submitForecast(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        String user = req.getPayload().getUser().getId();
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        long cycleId = ActionValue.parse(req.getPayload().getView().getPrivateMetadata()).first();
        ForecastForm form = new ForecastForm(values.selected(ForecastIds.block(ForecastForm.OUTCOME)),
                values.text(ForecastIds.block(ForecastForm.ARR_AFTER)), values.text(ForecastIds.block(ForecastForm.REASON)));
        ForecastService.Saved saved = forecasts.save(user, cycleId, form);
        if (saved instanceof ForecastService.Refused refused) {
            return errors(refused.problems());
        }
        ForecastService.Done done = (ForecastService.Done) saved;
        return updateView(views.forecastSaved(done.cycle(), done.told()));
    }

    Response submitProcess(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        String user = req.getPayload().getUser().getId();
        ModalValues values = new ModalValues(req.getPayload().getView().getState());
        long cycleId = ActionValue.parse(req.getPayload().getView().getPrivateMetadata()).first();
        RenewalCycle cycle = forecasts.cycle(cycleId);
        if (cycle == null) {
            return errors(Map.of(RenewalForm.OUTCOME, "This renewal no longer exists."));
        }
        Map<String, String> fields = new HashMap<>();
        fields.put(RenewalForm.OUTCOME, values.selected(ForecastIds.block(RenewalForm.OUTCOME)));
        fields.put(RenewalForm.ARR_AFTER, values.text(ForecastIds.block(RenewalForm.ARR_AFTER)));
        fields.put(RenewalForm.SEATS_AFTER, values.text(ForecastIds.block(RenewalForm.SEATS_AFTER)));
        fields.put(RenewalForm.RENEWED_ON, values.date(ForecastIds.block(RenewalForm.RENEWED_ON)));
        fields.put(RenewalForm.RENEWAL_DATE, values.date(ForecastIds.block(RenewalForm.RENEWAL_DATE)));
        fields.put("category", values.selected(ForecastIds.block("category")));
        fields.put("reason", values.text(ForecastIds.block("reason")));
        fields.put("sponsor", values.user(ForecastIds.block("sponsor")));
        RenewalProcessing.Processed processed = processing.process(user, cycle.accountId(), cycleId, new RenewalForm(fields));
        if (processed instanceof RenewalProcessing.Refused refused) {
            return errors(refused.problems());
        }
        if (processed instanceof RenewalProcessing.Already already) {
            return errors(Map.of(RenewalForm.OUTCOME, "This renewal was already processed on "
                    + already.cycle().processedOn() + "."));
        }
        RenewalProcessing.Done done = (RenewalProcessing.Done) processed;
        return updateView(views.processed(done.cycle(), done.account(), done.churn()));
    }

    private Response open(BlockActionRequest req, ActionContext ctx, Function<RenewalCycle, String> modal) {
        long cycleId = ActionValue.parse(req.getPayload().getActions().get(0).getValue()).first();
        RenewalCycle cycle = forecasts.cycle(cycleId);
        if (cycle == null) {
            log.warn("No renewal cycle {} to open", cycleId);
            return ctx.ack();
        }
        // a button inside a modal (a renewal card shown as one) stacks the form on it; Slack opens no second modal
        boolean inModal = req.getPayload().getView() != null;
        openView(ctx.client(), req.getPayload().getTriggerId(), modal.apply(cycle), inModal);
        return ctx.ack();
    }

    private static void openView(MethodsClient client, String triggerId, String view, boolean push) {
        if (push) {
            Modals.push(client, triggerId, view);
        } else {
            Modals.open(client, triggerId, view);
        }
    }

    /** Problems by field name as inline errors; one about a field the modal lacks goes on the outcome. */
    private static Response errors(Map<String, String> problems) {
        Map<String, String> byBlock = new LinkedHashMap<>();
        problems.forEach((field, problem) -> byBlock.merge(ForecastIds.block(
                RenewalForm.NAMES.contains(field) ? field : RenewalForm.OUTCOME), problem, (a, b) -> a + "; " + b));
        return SlackResponses.viewErrors(byBlock);
    }

    private static Response updateView(JsonObject view) {
        JsonObject body = new JsonObject();
        body.addProperty("response_action", "update");
        body.add("view", JsonParser.parseString(BlockKit.toJson(view)));
        return SlackResponses.json(200, BlockKit.toJson(body));
    }
}
