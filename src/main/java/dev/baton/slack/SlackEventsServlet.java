package dev.baton.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.servlet.SlackAppServletAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Bolt's {@code SlackAppServlet}, except that a payload Bolt cannot parse is answered 400 naming the
 * problem instead of escaping as a 500, and that the request runs through {@link SlackDispatch}, as Socket Mode's do.
 */
final class SlackEventsServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient SlackAppServletAdapter adapter;
    private final transient SlackDispatch dispatch;

    SlackEventsServlet(App app, DatabaseOutageAnswers outage) {
        this.adapter = new SlackAppServletAdapter(app.config());
        this.dispatch = new SlackDispatch(app, outage);
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
        adapter.writeResponse(resp, dispatch.run(slackRequest, unchecked));
    }
}
