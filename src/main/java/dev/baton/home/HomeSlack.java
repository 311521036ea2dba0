package dev.baton.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.render.BlockKit;
import dev.baton.roles.Role;
import dev.baton.roles.RolesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/** The App Home tab: what needs the user's attention, published when they open it (after the ack). */
public final class HomeSlack {
    private static final Logger log = LoggerFactory.getLogger(HomeSlack.class);

    private final RolesService roles;
    private final BlockKit blockKit;
    private final Set<String> leaders;
    private final ExecutorService executor;

    public HomeSlack(RolesService roles, BlockKit blockKit, Set<String> leaders, ExecutorService executor) {
        this.roles = roles;
        this.blockKit = blockKit;
        this.leaders = leaders;
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
    }

    private void publish(com.slack.api.methods.MethodsClient client, String user) {
        try {
            String view = blockKit.render("home/home.json.ftl", Map.of("userId", user,
                    "uncovered", roles.uncovered(user, 15), "leader", leaders.contains(user),
                    "roleNames", Role.validNames()));
            var response = client.viewsPublish(r -> r.userId(user).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {}", user, response.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", user, e.toString());
        }
    }
}
