package dev.baton.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.WebEndpointHandler;
import com.slack.api.bolt.WebEndpoint;
import com.slack.api.bolt.servlet.WebEndpointServlet;
import dev.baton.store.DatabasePatience;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import java.util.EnumSet;
import java.util.Map;

/**
 * Jetty (from bolt-jetty) serving the Bolt app the way {@code SlackAppServer} does, but owned here so
 * the request guard runs before Bolt reads a body, start-up does not block, and tests learn the port.
 */
public final class BatonServer implements AutoCloseable {
    public static final String EVENTS_PATH = "/slack/events";

    private final App app;
    private final Server server;
    private final ServerConnector connector;

    public BatonServer(App app, int port, BodyLimit slackBodyLimit, Filter slackGuard, BodyLimit apiBodyLimit,
                       DatabaseOutageAnswers outage) {
        this.app = app;
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("baton-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setPort(port);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackEventsServlet(app, outage)), EVENTS_PATH);
        context.addFilter(new FilterHolder(new DatabasePatienceFilter(DatabasePatience.QUICK)), EVENTS_PATH,
                EnumSet.of(DispatcherType.REQUEST));
        // the body is read before the gate, so a slow upload never holds a turn; the guard runs inside it
        context.addFilter(new FilterHolder(slackBodyLimit), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(SlackRequestGate.forThisMachine()), EVENTS_PATH,
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(slackGuard), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
        for (Map.Entry<WebEndpoint, WebEndpointHandler> endpoint : app.getWebEndpointHandlers().entrySet()) {
            // the CRM's calls may take their time; a health check (a load balancer waits a few seconds) may not
            DatabasePatience patience = endpoint.getKey().getPath().startsWith("/api/") ? DatabasePatience.UNHURRIED
                    : DatabasePatience.QUICK;
            context.addServlet(new ServletHolder(new WebEndpointServlet(endpoint.getKey(),
                    outage.guarded(endpoint.getValue(), patience), app.config())), endpoint.getKey().getPath());
        }
        context.addFilter(new FilterHolder(apiBodyLimit), "/api/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.setStopTimeout(5_000);
    }

    /** Starts the app (which checks the token with auth.test) and then the HTTP listener; returns at once. */
    public void start() throws Exception {
        app.start();
        server.start();
    }

    /** The port actually bound, useful when started on port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        app.stop();
    }
}
