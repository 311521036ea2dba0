package dev.baton.churn;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code POST /api/churn}: the CRM records one churn on the account with {@code crm_id}. */
final class ChurnApi {
    private static final Set<String> KNOWN = Set.of("crm_id", "kind", "arr_before", "arr_after", "seats_before",
            "seats_after", "effective_date", "category", "reason", "sponsor");

    private final ApiAuth auth;
    private final Jdbi jdbi;
    private final ChurnRecording recording;

    ChurnApi(ApiAuth auth, Jdbi jdbi, ChurnRecording recording) {
        this.auth = auth;
        this.jdbi = jdbi;
        this.recording = recording;
    }

    Response handle(WebEndpointRequest req) {
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return body.refusal();
        }
        JsonElement root = body.json();
        if (root == null || !root.isJsonObject()) {
            return ApiErrors.of(400, "expected a JSON object describing one churn");
        }
        JsonObject object = root.getAsJsonObject();
        Map<String, String> fields = new HashMap<>();
        for (String key : object.keySet()) {
            JsonElement value = object.get(key);
            if (!KNOWN.contains(key)) {
                return ApiErrors.of(400, "unknown field '" + key + "'");
            }
            if (!value.isJsonNull() && !value.isJsonPrimitive()) {
                return ApiErrors.of(400, key + " must be a string or a number");
            }
            fields.put(key, value.isJsonNull() ? null : value.getAsString());
        }
        String crmId = fields.remove("crm_id");
        if (crmId == null || crmId.isBlank()) {
            return ApiErrors.of(400, "crm_id is required: the CRM id of the churned account");
        }
        Optional<Account> account = jdbi.withExtension(AccountDao.class, dao -> dao.findByCrmId(crmId.trim()));
        if (account.isEmpty()) {
            return ApiErrors.of(404, "unknown account: no account has crm_id '" + crmId.trim() + "'");
        }
        return answer(recording.record(ChurnRecording.API_ACTOR, account.get().id(), new ChurnForm(fields)));
    }

    private static Response answer(ChurnRecorded recorded) {
        if (recorded instanceof ChurnRecorded.Invalid invalid) {
            JsonObject body = new JsonObject();
            body.addProperty("error", String.join("; ", invalid.problems().values()));
            JsonObject byField = new JsonObject();
            invalid.problems().forEach(byField::addProperty);
            body.add("fields", byField);
            return JsonResponse.of(422, body.toString());
        }
        if (recorded instanceof ChurnRecorded.Gone gone) {
            return ApiErrors.of(404, gone.what());
        }
        if (!(recorded instanceof ChurnRecorded.Done done)) {
            return ApiErrors.of(403, "not allowed");
        }
        JsonObject body = new JsonObject();
        body.addProperty("id", done.churn().id());
        body.addProperty("account_id", done.account().id());
        body.addProperty("arr_lost", done.churn().arrLost());
        body.addProperty("arr_lost_cents", done.churn().arrLostCents());
        body.addProperty("retro_required", done.retro() != null);
        if (done.retro() != null) {
            body.addProperty("sponsor", done.retro().sponsor());
        } else {
            body.addProperty("why_no_retro", done.whyNoRetro());
        }
        return JsonResponse.of(201, body.toString());
    }
}
