package dev.baton.account;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import dev.baton.api.ApiAuth;
import dev.baton.api.ApiBody;
import dev.baton.api.ApiErrors;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A CRM's {@code /api/*} call about one account named by {@code crm_id}, as a flat JSON object of strings and
 * numbers: the token, the body's shape, every field known, and the account found, or the 4xx that names what is
 * wrong. The fields come back as strings (null for JSON null), without {@code crm_id}, for the workflow's own form.
 */
public record CrmRequest(Account account, Map<String, String> fields, Response refusal) {

    /**
     * @param known      the fields the endpoint takes besides {@code crm_id}
     * @param describing what one body describes, for the 400 on a body that is not an object ("one churn")
     * @param accountIs  what the account is to the call, for the 400 on a missing crm_id ("churned")
     */
    public static CrmRequest read(ApiAuth auth, WebEndpointRequest req, Jdbi jdbi, Collection<String> known,
                                  String describing, String accountIs) {
        ApiBody body = ApiBody.read(auth, req);
        if (body.refused()) {
            return refused(body.refusal());
        }
        JsonElement root = body.json();
        if (root == null || !root.isJsonObject()) {
            return refused(ApiErrors.of(400, "expected a JSON object describing " + describing));
        }
        JsonObject object = root.getAsJsonObject();
        Map<String, String> fields = new HashMap<>();
        for (String key : object.keySet()) {
            JsonElement value = object.get(key);
            if (!key.equals("crm_id") && !known.contains(key)) {
                return refused(ApiErrors.of(400, "unknown field '" + key + "'"));
            }
            if (!value.isJsonNull() && !value.isJsonPrimitive()) {
                return refused(ApiErrors.of(400, key + " must be a string or a number"));
            }
            fields.put(key, value.isJsonNull() ? null : value.getAsString());
        }
        String crmId = fields.remove("crm_id");
        if (crmId == null || crmId.isBlank()) {
            return refused(ApiErrors.of(400, "crm_id is required: the CRM id of the " + accountIs + " account"));
        }
        Optional<Account> account = jdbi.withExtension(AccountDao.class, dao -> dao.findByCrmId(crmId.trim()));
        if (account.isEmpty()) {
            return refused(ApiErrors.of(404, "unknown account: no account has crm_id '" + crmId.trim() + "'"));
        }
        return new CrmRequest(account.get(), fields, null);
    }

    private static CrmRequest refused(Response refusal) {
        return new CrmRequest(null, Map.of(), refusal);
    }

    public boolean refused() {
        return refusal != null;
    }
}
