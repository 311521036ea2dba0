package dev.baton.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.WebEndpointHandler;
import com.slack.api.bolt.WebEndpoint;
import com.slack.api.bolt.servlet.WebEndpointServlet;
import dev.baton.config.StartupFailure;
import dev.baton.metrics.BatonMetrics;
import dev.baton.store.DatabasePatience;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Jetty (from bolt-jetty) serving the Bolt app the way {@code SlackAppServer} does, but owned here so
 * the request guard runs before Bolt reads a body, start-up does not block, tests learn the port, start-up
 * mistakes are named in one line, and a stop lets the requests in flight finish.
 */
public final class BatonServer implements AutoCloseable {
    public static final String EVENTS_PATH = "/slack/events";
    /** How long a stop waits for the requests in flight; Slack retries what is cut off after its own 3 s anyway. */
    public static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(BatonServer.class);

    private final App app;
    private final Server server;
    private final ServerConnector connector;
    private final StatisticsHandler requests = new StatisticsHandler();
    private final int port;

    public BatonServer(App app, int port, BodyLimit slackBodyLimit, Filter slackGuard, BodyLimit apiBodyLimit,
                       DatabaseOutageAnswers outage) {
        this(app, port, slackBodyLimit, slackGuard, apiBodyLimit, outage, new BatonMetrics());
    }

    /** {@code metrics} records the request gate's waits. */
    public BatonServer(App app, int port, BodyLimit slackBodyLimit, Filter slackGuard, BodyLimit apiBodyLimit,
                       DatabaseOutageAnswers outage, BatonMetrics metrics) {
        this.app = app;
        this.port = port;
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("baton-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setPort(port);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        if (slackGuard != null) { // null in Socket Mode, where Slack's requests come over the socket instead
            serveSlackEvents(context, slackBodyLimit, slackGuard, outage, metrics);
        }
        Map<String, EndpointMethods> paths = new java.util.LinkedHashMap<>();
        for (Map.Entry<WebEndpoint, WebEndpointHandler> endpoint : app.getWebEndpointHandlers().entrySet()) {
            // the CRM's calls may take their time; a health check (a load balancer waits a few seconds) may not
            DatabasePatience patience = endpoint.getKey().getPath().startsWith("/api/") ? DatabasePatience.UNHURRIED
                    : DatabasePatience.QUICK;
            WebEndpointHandler guarded = outage.guarded(endpoint.getValue(), patience);
            // a path ending in /* carries its parameter (GET /api/accounts/{crm_id}/health); one path may answer
            // several methods (the unsubscribe page's GET and its one-click POST)
            paths.computeIfAbsent(endpoint.getKey().getPath(), path -> new EndpointMethods())
                    .add(endpoint.getKey().getMethod().name(), endpoint.getKey().getPath().endsWith("/*")
                            ? new PathEndpointServlet(endpoint.getKey(), guarded, app.config())
                            : new WebEndpointServlet(endpoint.getKey(), guarded, app.config()));
        }
        paths.forEach((path, methods) -> context.addServlet(new ServletHolder(methods), path));
        context.addFilter(new FilterHolder(apiBodyLimit), "/api/*", EnumSet.of(DispatcherType.REQUEST));
        // counts the requests in flight, so a graceful stop waits for them (up to the stop timeout)
        requests.setGracefulShutdownWaitsForRequests(true);
        requests.setHandler(context);
        server.setHandler(requests);
        server.setStopTimeout(DRAIN.toMillis());
    }

    private void serveSlackEvents(ServletContextHandler context, BodyLimit slackBodyLimit, Filter slackGuard,
                                  DatabaseOutageAnswers outage, BatonMetrics metrics) {
        context.addServlet(new ServletHolder(new SlackEventsServlet(app, outage)), EVENTS_PATH);
        context.addFilter(new FilterHolder(new DatabasePatienceFilter(DatabasePatience.QUICK)), EVENTS_PATH,
                EnumSet.of(DispatcherType.REQUEST));
        // the body is read before the gate, so a slow upload never holds a turn; the guard runs inside it
        context.addFilter(new FilterHolder(slackBodyLimit), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(SlackRequestGate.forThisMachine(metrics)), EVENTS_PATH,
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(slackGuard), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
    }

    /** Starts the app and then the HTTP listener; returns at once. A port in use is a {@link StartupFailure}. */
    public void start() throws Exception {
        app.start();
        try {
            connector.open(); // binding before Jetty starts, so a port in use is one clear line, not a failed lifecycle
        } catch (IOException e) {
            if (e.getCause() instanceof BindException bind) {
                throw new StartupFailure("PORT " + port + " is in use by another process (" + bind.getMessage()
                        + "): stop it, or set PORT to a free port");
            }
            throw e;
        }
        server.start();
    }

    /** The port actually bound, useful when started on port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** What a stop found in flight, and how many of those were still unfinished when {@link #DRAIN} ran out. */
    public record Drained(int inFlight, int cutOff) {
    }

    /** Stops accepting, lets the requests in flight finish (for at most {@link #DRAIN}), then stops Jetty and Bolt. */
    public Drained stop() {
        int inFlight = requests.getRequestsActive();
        try {
            server.stop();
        } catch (TimeoutException drainRanOut) {
            // Jetty has stopped all the same; what was unfinished is counted below
        } catch (Exception e) {
            log.warn("Stopping the HTTP server failed: {}", e.toString());
        }
        int cutOff = requests.getRequestsActive();
        app.stop();
        return new Drained(inFlight, cutOff);
    }

    @Override
    public void close() {
        stop();
    }
}
