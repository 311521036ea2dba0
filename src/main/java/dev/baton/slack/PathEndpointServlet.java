package dev.baton.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.WebEndpoint;
import com.slack.api.bolt.handler.WebEndpointHandler;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.WebEndpointRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.servlet.WebEndpointServletAdapter;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Bolt web endpoint registered on a path ending in {@code /*} ({@code GET /api/accounts/*}): Bolt's own servlet
 * answers only its exact path, so this one hands the handler the rest of the path in the
 * {@link #PATH_HEADER} header (set here, whatever the client sent).
 */
public final class PathEndpointServlet extends HttpServlet {
    /** The part of the path after the endpoint's prefix, such as {@code /001ACME/health}. */
    public static final String PATH_HEADER = "x-baton-path-rest";
    private final WebEndpoint endpoint;
    private final transient WebEndpointHandler handler;
    private final transient WebEndpointServletAdapter adapter;

    public PathEndpointServlet(WebEndpoint endpoint, WebEndpointHandler handler, AppConfig config) {
        this.endpoint = endpoint;
        this.handler = handler;
        this.adapter = new WebEndpointServletAdapter(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!endpoint.getMethod().name().equalsIgnoreCase(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        WebEndpointRequest read = adapter.buildSlackRequest(request);
        Map<String, List<String>> headers = new HashMap<>();
        read.getHeaders().getNames().forEach(name -> {
            if (!name.equalsIgnoreCase(PATH_HEADER)) {
                headers.put(name, read.getHeaders().getMultipleValues(name));
            }
        });
        headers.put(PATH_HEADER, List.of(request.getPathInfo() == null ? "" : request.getPathInfo()));
        WebEndpointRequest passed = new WebEndpointRequest(read.getQueryString(), read.getRequestBodyAsString(),
                new RequestHeaders(headers));
        passed.setClientIpAddress(read.getClientIpAddress());
        try {
            Response answer = handler.apply(passed, passed.getContext());
            adapter.writeResponse(response, answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
