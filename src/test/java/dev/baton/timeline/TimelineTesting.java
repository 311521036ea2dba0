package dev.baton.timeline;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.baton.account.AccountImport;
import dev.baton.handoff.SupportLevelStep;
import dev.baton.handoff.TaAssignedStep;
import dev.baton.outbox.OutboxDao;
import dev.baton.outbox.OutboxMessage;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.roles.RolesTaggingStep;
import dev.baton.roles.RolesViews;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.MutableClock;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static dev.baton.testing.Fixtures.LEADER;

/** Builds the timeline engine as Baton does, on a test database, clock and fake Slack. */
final class TimelineTesting {
    static final BlockKit BLOCK_KIT = new BlockKit(new Templates(Path.of("templates")));

    private TimelineTesting() {
    }

    static UserZones zones(Database db, FakeSlackApi slack, MutableClock clock) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        return new UserZones(db.jdbi(), Slack.getInstance(config).methods("xoxb-test"), ZoneOffset.UTC, clock,
                Runnable::run);
    }

    static Timeline timeline(Database db, UserZones zones, MutableClock clock, String owner) {
        Set<String> leaders = Set.of(LEADER);
        return new Timeline(db.jdbi(), List.of(new RolesTaggingStep(new RolesViews(BLOCK_KIT), leaders),
                new SupportLevelStep(leaders), new TaAssignedStep(leaders)), leaders, zones,
                new ReminderViews(BLOCK_KIT), clock, owner);
    }

    /** Imports accounts through the CRM import, as /api/accounts does, with the timeline scheduling them. */
    static void importAccounts(Database db, Timeline timeline, MutableClock clock, String json) {
        JsonArray items = JsonParser.parseString(json).getAsJsonArray();
        String answer = new AccountImport(db.jdbi(), clock, timeline::schedule).upsertAll(items).toString();
        if (answer.contains("rejected\":1") || answer.contains("\"status\":\"rejected\"")) {
            throw new IllegalArgumentException(answer);
        }
    }

    static DueStep step(Database db, String crmId, String step) {
        long accountId = db.jdbi().withHandle(h -> h.createQuery("select id from account where crm_id = :c")
                .bind("c", crmId).mapTo(Long.class).one());
        return db.jdbi().withExtension(DueStepDao.class, dao -> dao.find(accountId, step)).orElse(null);
    }

    static List<OutboxMessage> queued(Database db, String prefix) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(prefix));
    }
}
