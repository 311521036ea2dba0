package dev.baton.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.baton.account.AccountDao;
import dev.baton.outbox.OutboxAdmin;
import dev.baton.outbox.OutboxDao;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;

/** The App Home tab: what needs the user's attention, and for leaders the messages Baton could not deliver. */
public final class HomeWorkflow implements Workflow {
    private final HomeSlack slack;

    public HomeWorkflow(SharedParts parts) {
        HomeService service = new HomeService(parts.jdbi(), new OutboxAdmin(parts.jdbi(), parts.clock()),
                parts.access());
        slack = new HomeSlack(service, new HomeViews(parts.blockKit()), parts.responses(), parts.responders());
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, OutboxDao.class);
    }

    @Override
    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, slack::homeOpened);
        app.blockAction(HomeIds.ACTION_RETRY, slack::retryButton);
        app.blockAction(HomeIds.OLD_ACTION_RETRY, slack::retryButton); // on dead-letter DMs already sent
        app.blockAction(HomeIds.ACTION_DROP, slack::dropButton);
        app.blockAction(HomeIds.OLD_ACTION_DROP, slack::dropButton);
    }
}
