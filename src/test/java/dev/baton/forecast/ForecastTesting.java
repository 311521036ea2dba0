package dev.baton.forecast;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountFields;
import dev.baton.account.Deployment;
import dev.baton.account.OrderType;
import dev.baton.account.Segment;
import dev.baton.account.ServiceModel;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.Fixtures;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.SlackPayloads;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the forecast tests set up: accounts and renewal cycles as the renewal workflow leaves them, and requests. */
final class ForecastTesting {
    static final String MANAGER = "UMGR0001";

    private ForecastTesting() {
    }

    /** Baton's database settings for a fresh database of this kind. */
    static Map<String, String> database(DatabaseKind kind) {
        Map<String, String> env = new HashMap<>();
        env.put("BATON_DATABASE_URL", kind.freshUrl());
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return env;
    }

    /** An Enterprise account of the test team (AE, CE, TA of {@link Fixtures}) renewing on {@code renewal}. */
    static long account(Jdbi jdbi, Clock clock, String name, LocalDate renewal, long arrCents, int seats, String aeManager) {
        AccountFields fields = new AccountFields("CRM-" + name.replace(' ', '-'), name, Segment.ENTERPRISE, ServiceModel.NAMED,
                null, null, OrderType.SALES_ASSISTED, Deployment.SAAS, "1. Onboarding", Fixtures.AE, Fixtures.CE, Fixtures.TA, null,
                null, null, null, null, renewal, arrCents, seats, aeManager);
        return jdbi.withExtension(AccountDao.class, dao -> dao.insert(fields, clock.instant()));
    }

    /**
     * An open cycle for the account's renewal date, with an assessment in {@code assessment} (null: none), the agreed
     * {@code rating} (null: none yet) and a forecast made against it (null: none).
     */
    static long cycle(Jdbi jdbi, Clock clock, long accountId, String assessment, String rating, String outcome,
                      Long arrAfterCents) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("insert into renewal_cycle (account_id, renewal_date, status, rating, "
                            + "rating_agreed_by, rating_agreed_at, forecast_outcome, forecast_arr_after_cents, forecast_by, "
                            + "forecast_at, forecast_rating, created_at, updated_at) select id, renewal_date, 'open', :rating, "
                            + ":agreedBy, :agreedAt, :outcome, :arrAfter, :forecastBy, :forecastAt, :forecastRating, :now, :now "
                            + "from account where id = :accountId")
                    .bind("rating", rating).bind("agreedBy", rating == null ? null : MANAGER)
                    .bind("agreedAt", rating == null ? null : clock.instant()).bind("outcome", outcome)
                    .bind("arrAfter", arrAfterCents).bind("forecastBy", outcome == null ? null : Fixtures.AE)
                    .bind("forecastAt", outcome == null ? null : clock.instant())
                    .bind("forecastRating", outcome == null ? null : rating).bind("now", clock.instant())
                    .bind("accountId", accountId).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (assessment != null) {
                h.createUpdate("insert into renewal_assessment (cycle_id, status, saved_by, saved_at) "
                                + "values (:id, :status, :by, :now)")
                        .bind("id", id).bind("status", assessment).bind("by", Fixtures.TA).bind("now", clock.instant())
                        .execute();
            }
            return id;
        });
    }

    static HttpResponse<String> postRenewal(RunningBaton baton, String json) {
        return baton.postApi("/api/renewals", json);
    }

    /** One modal input's value, under its block id and action id as Slack sends it. */
    static void put(Map<String, Map<String, Object>> values, String field, Map<String, Object> value) {
        SlackPayloads.put(values, ForecastIds.block(field), value);
    }

    /** Every text of a post's blocks, joined by newlines: what a reader sees. */
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
                    if (element.getAsJsonObject().has("text") && element.getAsJsonObject().get("text").isJsonPrimitive()) {
                        out.append(element.getAsJsonObject().get("text").getAsString()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static long count(Jdbi jdbi, String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
