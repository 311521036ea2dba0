package dev.baton.forecast;

import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Money;
import dev.baton.account.CrmRequest;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import org.jdbi.v3.core.Jdbi;

/** {@code POST /api/renewals}: the CRM processes the renewal of the account with {@code crm_id}. */
final class RenewalsApi {
    private final ApiAuth auth;
    private final Jdbi jdbi;
    private final RenewalProcessing processing;

    RenewalsApi(ApiAuth auth, Jdbi jdbi, RenewalProcessing processing) {
        this.auth = auth;
        this.jdbi = jdbi;
        this.processing = processing;
    }

    Response handle(WebEndpointRequest req) {
        CrmRequest request = CrmRequest.read(auth, req, jdbi, RenewalForm.NAMES, "one processed renewal", "renewed");
        if (request.refused()) {
            return request.refusal();
        }
        return answer(processing.process(RenewalProcessing.API_ACTOR, request.account().id(), null,
                new RenewalForm(request.fields())));
    }

    private static Response answer(RenewalProcessing.Processed processed) {
        if (processed instanceof RenewalProcessing.Refused refused) {
            return ApiErrors.fields(400, refused.problems());
        }
        if (processed instanceof RenewalProcessing.Already already) {
            JsonObject body = cycle(already.cycle());
            body.addProperty("already_processed", true);
            return JsonResponse.of(200, body.toString());
        }
        RenewalProcessing.Done done = (RenewalProcessing.Done) processed;
        JsonObject body = cycle(done.cycle());
        body.addProperty("already_processed", false);
        body.addProperty("arr", Money.dollars(done.account().arrCents() == null ? 0 : done.account().arrCents()));
        body.addProperty("seats", done.account().seatsPurchased());
        body.addProperty("renewal_date", done.account().renewalDate() == null ? null : done.account().renewalDate().toString());
        if (done.churn() != null) {
            body.addProperty("retro_required", done.churn().retroRequired());
            if (!done.churn().retroRequired()) {
                body.addProperty("why_no_retro", done.churn().whyNoRetro());
            }
        }
        return JsonResponse.of(201, body.toString());
    }

    private static JsonObject cycle(RenewalCycle cycle) {
        JsonObject body = new JsonObject();
        body.addProperty("cycle_id", cycle.id());
        body.addProperty("account_id", cycle.accountId());
        body.addProperty("outcome", cycle.processedOutcome());
        body.addProperty("renewed_on", String.valueOf(cycle.processedOn()));
        if (cycle.churnId() != null) {
            body.addProperty("churn_id", cycle.churnId());
        }
        return body;
    }
}
