package dev.baton.home;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.account.Role;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.render.BlockKit;
import dev.baton.roles.RolesService;
import dev.baton.slack.ResponseUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The App Home tab: what needs the user's attention, published when they open it (after the ack); for
 * leaders, the undelivered messages with Retry and Drop (buttons also on the leaders' dead-letter DMs).
 */
public final class HomeSlack {
    static final String ACTION_RETRY = "outbox_retry";
    static final String ACTION_DROP = "outbox_drop";
    private static final Logger log = LoggerFactory.getLogger(HomeSlack.class);

    private final RolesService roles;
    private final OutboxAdmin outbox;
    private final BlockKit blockKit;
    private final Set<String> leaders;
    private final ResponseUrls responses;
    private final ExecutorService executor;

    public HomeSlack(RolesService roles, OutboxAdmin outbox, BlockKit blockKit, Set<String> leaders,
                     ResponseUrls responses, ExecutorService executor) {
        this.roles = roles;
        this.outbox = outbox;
        this.blockKit = blockKit;
        this.leaders = leaders;
        this.responses = responses;
        this.executor = executor;
    }

    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            String user = payload.getEvent().getUser();
            if ("home".equals(payload.getEvent().getTab())) {
                executor.execute(() -> publish(ctx.client(), user));
            }
            return ctx.ack();
        });
        app.blockAction(ACTION_RETRY, (req, ctx) -> deadLetterAction(req, ctx, true));
        app.blockAction(ACTION_DROP, (req, ctx) -> deadLetterAction(req, ctx, false));
    }

    private Response deadLetterAction(BlockActionRequest req, ActionContext ctx, boolean retry) {
        BlockActionPayload payload = req.getPayload();
        String user = payload.getUser().getId();
        String notice;
        if (!leaders.contains(user)) {
            notice = "Only leaders (BATON_LEADERS) can retry or drop undelivered messages.";
        } else {
            long id = Long.parseLong(payload.getActions().get(0).getValue());
            boolean changed = retry ? outbox.retry(user, id) : outbox.drop(user, id);
            notice = !changed ? "That message was already retried or dropped."
                    : retry ? ":repeat: Back in the queue: it goes out in a moment."
                    : ":wastebasket: Dropped: it will not be sent. The audit log keeps the record.";
        }
        if (payload.getView() != null) {
            executor.execute(() -> publish(ctx.client(), user));
        } else if (payload.getResponseUrl() != null) {
            responses.replace(payload.getResponseUrl(), blockKit.renderTree("fragments/notice.json.ftl",
                    Map.of("text", notice)));
        }
        return ctx.ack();
    }

    private void publish(MethodsClient client, String user) {
        try {
            boolean leader = leaders.contains(user);
            String view = blockKit.render("home/home.json.ftl", Map.of("userId", user,
                    "uncovered", roles.uncovered(user, 15), "leader", leader,
                    "deadLetters", leader ? outbox.deadLetters(10) : List.of(), "roleNames", Role.validNames()));
            var response = client.viewsPublish(r -> r.userId(user).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {}", user, response.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", user, e.toString());
        }
    }
}
