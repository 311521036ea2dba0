package dev.baton.accounthealth;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;

/** What the health tests share: the database settings, counts, the stored row and a message's texts. */
final class HealthTesting {
    private HealthTesting() {
    }

    static Map<String, String> database(DatabaseKind kind) {
        Map<String, String> env = new HashMap<>();
        env.put("BATON_DATABASE_URL", kind.freshUrl());
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return env;
    }

    static int count(Jdbi jdbi, String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }

    static Map<String, Object> health(Jdbi jdbi, String crmId) {
        return jdbi.withHandle(h -> h.createQuery("select h.score, h.band, h.missing, h.components from account_health h "
                + "join account a on a.id = h.account_id where a.crm_id = :crm").bind("crm", crmId).mapToMap().one());
    }

    /** The text of every section and context block of a post, one per line. */
    static String texts(FakeSlackApi.Call post) {
        StringBuilder out = new StringBuilder();
        JsonArray blocks = JsonParser.parseString(post.params().get("blocks")).getAsJsonArray();
        for (JsonElement block : blocks) {
            var object = block.getAsJsonObject();
            if (object.has("text")) {
                out.append(object.getAsJsonObject("text").get("text").getAsString()).append('\n');
            }
            if (object.has("elements")) {
                for (JsonElement element : object.getAsJsonArray("elements")) {
                    if (element.getAsJsonObject().has("text")) {
                        out.append(element.getAsJsonObject().get("text").getAsString()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
