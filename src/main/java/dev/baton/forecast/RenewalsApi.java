package dev.baton.forecast;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.account.Money;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return body.refusal();
        }
        JsonElement root = body.json();
        if (root == null || !root.isJsonObject()) {
            return ApiErrors.of(400, "expected a JSON object describing one processed renewal");
        }
        JsonObject object = root.getAsJsonObject();
        Map<String, String> fields = new HashMap<>();
        for (String key : object.keySet()) {
            JsonElement value = object.get(key);
            if (!key.equals("crm_id") && !RenewalForm.NAMES.contains(key)) {
                return ApiErrors.of(400, "unknown field '" + key + "'");
            }
            if (!value.isJsonNull() && !value.isJsonPrimitive()) {
                return ApiErrors.of(400, key + " must be a string or a number");
            }
            fields.put(key, value.isJsonNull() ? null : value.getAsString());
        }
        String crmId = fields.remove("crm_id");
        if (crmId == null || crmId.isBlank()) {
            return ApiErrors.of(400, "crm_id is required: the CRM id of the renewed account");
        }
        Optional<Account> account = jdbi.withExtension(AccountDao.class, dao -> dao.findByCrmId(crmId.trim()));
        if (account.isEmpty()) {
            return ApiErrors.of(404, "unknown account: no account has crm_id '" + crmId.trim() + "'");
        }
        return answer(processing.process(RenewalProcessing.API_ACTOR, account.get().id(), null, new RenewalForm(fields)));
    }

    private static Response answer(RenewalProcessing.Processed processed) {
        if (processed instanceof RenewalProcessing.Refused refused) {
            JsonObject body = new JsonObject();
            body.addProperty("error", String.join("; ", refused.problems().values()));
            JsonObject byField = new JsonObject();
            refused.problems().forEach(byField::addProperty);
            body.add("fields", byField);
            return JsonResponse.of(400, body.toString());
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
