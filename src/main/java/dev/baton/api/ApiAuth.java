package dev.baton.api;

import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The bearer-token check for {@code /api/*}: 503 when no token is configured, 401 when it is wrong. */
public final class ApiAuth {
    /** Who the audit log and the access rules name for what the CRM sends on {@code /api/*}. */
    public static final String CRM_ACTOR = "api:crm";

    private final Optional<byte[]> token;

    public ApiAuth(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** A refusal to send back, or empty when the request carries the right token. */
    public Optional<Response> refuse(WebEndpointRequest request) {
        if (token.isEmpty()) {
            return Optional.of(ApiErrors.of(503, "the API is disabled: set BATON_API_TOKEN to enable /api/*"));
        }
        String header = request.getHeaders().getFirstValue("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(ApiErrors.of(401, "missing bearer token: send Authorization: Bearer <BATON_API_TOKEN>"));
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token.get(), given)) {
            return Optional.of(ApiErrors.of(401, "wrong bearer token"));
        }
        return Optional.empty();
    }
}
