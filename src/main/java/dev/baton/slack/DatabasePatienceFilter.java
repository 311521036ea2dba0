package dev.baton.slack;

import dev.baton.store.DatabasePatience;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/** Gives everything a request does on the database (its replay check included) one {@link DatabasePatience}. */
final class DatabasePatienceFilter implements Filter {
    private final DatabasePatience patience;

    public DatabasePatienceFilter(DatabasePatience patience) {
        this.patience = patience;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DatabasePatience.set(patience);
        try {
            chain.doFilter(request, response);
        } finally {
            DatabasePatience.clear();
        }
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
