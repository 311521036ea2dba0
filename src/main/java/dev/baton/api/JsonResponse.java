package dev.baton.api;

import com.slack.api.bolt.response.Response;

/** An HTTP answer with a JSON body sent exactly as given, for the HTTP endpoints and Slack's answers alike. */
public final class JsonResponse {
    private JsonResponse() {
    }

    public static Response of(int status, String json) {
        return Response.builder().statusCode(status).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(json).build();
    }
}
