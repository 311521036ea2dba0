package dev.baton.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.servlet.SlackAppServletAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Bolt's {@code SlackAppServlet}, except that a payload Bolt cannot parse is answered 400 naming the
 * problem instead of escaping as a 500, and that this is the one place where a database out of reach, whether
 * the replay check or a handler (or Bolt middleware) met it, becomes {@link DatabaseOutageAnswers}' answer.
 */
final class SlackEventsServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;
    private final transient DatabaseOutageAnswers outage;

    SlackEventsServlet(App app, DatabaseOutageAnswers outage) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
        this.outage = outage;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(req);
        } catch (RuntimeException e) {
            log.warn("Malformed Slack payload: {}", e.getMessage());
            adapter.writeResponse(resp, SlackResponses.json(400, "{\"error\":\"malformed Slack payload\"}"));
            return;
        }
        if (slackRequest == null) {
            adapter.writeResponse(resp, SlackResponses.json(400, "{\"error\":\"not a Slack request Baton understands\"}"));
            return;
        }
        Exception unchecked = (Exception) req.getAttribute(RequestGuard.REPLAY_UNCHECKED);
        if (unchecked != null) { // the replay check met the database out of reach: no handler may run
            adapter.writeResponse(resp, outage.afterFailure(slackRequest, unchecked).orElseThrow());
            return;
        }
        try {
            adapter.writeResponse(resp, app.run(slackRequest));
        } catch (Exception e) {
            Optional<Response> answer = outage.afterFailure(slackRequest, e);
            if (answer.isEmpty()) {
                log.error("Handling a Slack request failed", e);
            }
            adapter.writeResponse(resp, answer.orElseGet(() ->
                    SlackResponses.json(500, "{\"error\":\"Baton could not handle this request\"}")));
        }
    }
}
