package dev.baton.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Runs one Slack request, parsed and past the replay check, through the Bolt app, whichever way it came (a POST
 * to {@code /slack/events} or a Socket Mode envelope): the one place where a database out of reach, whether the
 * replay check or a handler (or Bolt middleware) met it, becomes {@link DatabaseOutageAnswers}' answer.
 */
final class SlackDispatch {
    private static final Logger log = LoggerFactory.getLogger(SlackDispatch.class);

    private final App app;
    private final DatabaseOutageAnswers outage;

    SlackDispatch(App app, DatabaseOutageAnswers outage) {
        this.app = app;
        this.outage = outage;
    }

    /** {@code replayUnchecked}: why the replay check could not run (the database was out of reach), or null. */
    Response run(Request<?> request, Exception replayUnchecked) {
        if (replayUnchecked != null) { // no handler may run for a request that may be a replay
            return outage.afterFailure(request, replayUnchecked).orElseThrow();
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            Optional<Response> answer = outage.afterFailure(request, e);
            if (answer.isEmpty()) {
                log.error("Handling a Slack request failed", e);
            }
            return answer.orElseGet(() -> SlackResponses.json(500, "{\"error\":\"Baton could not handle this request\"}"));
        }
    }
}
