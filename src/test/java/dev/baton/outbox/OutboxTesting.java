package dev.baton.outbox;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.baton.store.Database;
import dev.baton.testing.FakeSlackApi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Helpers for the outbox tests: a Slack client with short timeouts, messages, and row lookups. */
final class OutboxTesting {
    static final Duration PACE = Duration.ofSeconds(1);

    private OutboxTesting() {
    }

    static MethodsClient slack(FakeSlackApi fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setHttpClientReadTimeoutMillis(500);
        config.setHttpClientCallTimeoutMillis(1_000);
        return Slack.getInstance(config).methods("xoxb-test");
    }

    static OutboxSender sender(Database db, FakeSlackApi fake, Clock clock, String owner, DeadLetters deadLetters) {
        return new OutboxSender(db.jdbi(), slack(fake), clock, owner, PACE, deadLetters);
    }

    static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    static void post(Database db, String key, String channel, String targetKey, Instant now) {
        db.jdbi().useTransaction(h -> Outbox.postAt(h, key, channel, targetKey, message(key), now, now));
    }

    static OutboxMessage row(Database db, String key) {
        return db.jdbi().withExtension(OutboxDao.class, dao -> dao.byDedupePrefix(key)).get(0);
    }

    static List<FakeSlackApi.Call> postsOf(FakeSlackApi fake, String text) {
        return fake.calls("chat.postMessage").stream().filter(c -> text.equals(c.params().get("text"))).toList();
    }
}
