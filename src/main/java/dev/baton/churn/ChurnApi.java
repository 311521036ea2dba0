package dev.baton.churn;

import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.account.CrmRequest;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiErrors;
import dev.baton.api.JsonResponse;
import org.jdbi.v3.core.Jdbi;

import java.util.Set;

/** {@code POST /api/churn}: the CRM records one churn on the account with {@code crm_id}. */
final class ChurnApi {
    /** The fields the call takes besides crm_id. */
    private static final Set<String> FIELDS = Set.of("kind", "arr_before", "arr_after", "seats_before",
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
        CrmRequest request = CrmRequest.read(auth, req, jdbi, FIELDS, "one churn", "churned");
        if (request.refused()) {
            return request.refusal();
        }
        return answer(recording.record(ChurnRecording.API_ACTOR, request.account().id(), new ChurnForm(request.fields())));
    }

    private static Response answer(ChurnRecorded recorded) {
        if (recorded instanceof ChurnRecorded.Invalid invalid) {
            return ApiErrors.fields(422, invalid.problems());
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
