package dev.baton.roles;

import com.slack.api.bolt.App;
import dev.baton.account.AccountDao;
import dev.baton.account.ContactDao;
import dev.baton.timeline.TimelineStep;
import dev.baton.workflow.SharedParts;
import dev.baton.workflow.Workflow;

import java.util.List;
import java.util.regex.Pattern;

/** Stakeholder role tagging: {@code /roles}, its card and contact modal, and the roles-tagged step. */
public final class RolesWorkflow implements Workflow {
    private final RolesTaggingStep taggingStep;
    private final RolesSlack slack;

    public RolesWorkflow(SharedParts parts) {
        RolesViews views = new RolesViews(parts.blockKit());
        taggingStep = new RolesTaggingStep(views, parts.settings().leaders());
        RolesService service = new RolesService(parts.jdbi(), parts.access(), parts.clock(),
                new RolesNotifications(parts.blockKit()), parts.settings().timezone());
        slack = new RolesSlack(service, parts.accounts(), views, parts.responses());
    }

    @Override
    public List<TimelineStep> steps() {
        return List.of(taggingStep);
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AccountDao.class, ContactDao.class);
    }

    @Override
    public void register(App app) {
        app.command(RolesIds.COMMAND, slack::command);
        app.blockAction(RolesIds.ACTION_TAG, slack::tagButton);
        app.blockAction(RolesIds.ACTION_CONTACT_MENU, slack::contactMenu);
        app.blockAction(RolesIds.ACTION_REMOVE, slack::removeButton);
        app.blockAction(RolesIds.ACTION_OPEN_ACCOUNT, slack::openAccount);
        app.blockAction(Pattern.compile("^" + RolesIds.ACTION_PAGE + "(-next)?$"), slack::pageButton);
        app.viewSubmission(RolesIds.MODAL, slack::submit);
    }
}
