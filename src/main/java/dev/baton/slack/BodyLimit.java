package dev.baton.slack;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses a body over the limit with 413 before it is held in memory; passes the read body on. */
public final class BodyLimit implements Filter {
    private final int maxBodyBytes;

    public BodyLimit(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        byte[] body = BoundedBody.read(http, maxBodyBytes);
        if (body == null) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(413);
            out.setContentType("application/json");
            out.getWriter().write("{\"error\":\"request body is larger than " + maxBodyBytes + " bytes\"}");
            return;
        }
        chain.doFilter(new CachedBodyRequest(http, body), response);
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
