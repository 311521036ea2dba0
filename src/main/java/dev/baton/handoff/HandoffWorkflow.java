package dev.baton.handoff;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.function.LongFunction;

import com.slack.api.bolt.App;
import dev.baton.account.AccountAccess;
import dev.baton.account.AccountChanges;
import dev.baton.account.AccountDirectory;
import dev.baton.config.Settings;
import dev.baton.slack.ResponseUrls;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** Wires the hand-off workflow's services and Slack handlers onto the app. */
public final class HandoffWorkflow {
    private HandoffWorkflow() {
    }

    /** Registers the workflow; returns the rendered hand-off card of an account, for other workflows' buttons. */
    public static LongFunction<Optional<JsonObject>> register(App app, Jdbi jdbi, Settings settings, Clock clock, HandoffViews views,
                                AccountDirectory accounts, ResponseUrls responses, AccountChanges changes) {
        boolean mail = settings.mail().isPresent();
        AccountAccess access = new AccountAccess(settings.leaders());
        HandoffService handoffs = new HandoffService(jdbi, access, clock, changes, views);
        new HandoffSlack(handoffs, accounts, views, responses).register(app);
        new HandoffWorkSlack(handoffs, new HandoffWork(jdbi, access, clock, settings.timezone(), views, mail),
                views, responses, clock).register(app);
        Welcome welcome = new Welcome(jdbi, settings.leaders(), clock, views, mail);
        new HandoffCloseSlack(handoffs,
                new HandoffClose(jdbi, access, clock, settings.timezone(), handoffs, welcome, changes),
                new Handover(jdbi, access, clock, views, changes, settings.expandTeam()), welcome, views,
                responses, clock, settings.timezone()).register(app);
        return accountId -> handoffs.card(accountId).map(views::card);
    }
}
