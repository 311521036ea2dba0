package dev.baton.slack;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoints registered on one path, by HTTP method: Jetty maps one servlet to a path, and a page such as the
 * email unsubscribe link answers both a GET (the page) and a POST (the one-click confirmation) there.
 */
final class EndpointMethods extends HttpServlet {
    private final Map<String, HttpServlet> byMethod = new ConcurrentHashMap<>();

    EndpointMethods add(String method, HttpServlet servlet) {
        byMethod.put(method, servlet);
        return this;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpServlet servlet = byMethod.get(req.getMethod());
        if (servlet == null) {
            resp.setHeader("Allow", String.join(", ", byMethod.keySet()));
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        servlet.service(req, resp);
    }
}
