package dev.baton.successplan;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.FakeSlackApi;
import dev.baton.testing.RunningBaton;
import dev.baton.testing.TestDatabases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.baton.testing.SlackPayloads.datePicker;
import static dev.baton.testing.SlackPayloads.plainText;
import static dev.baton.testing.SlackPayloads.put;
import static dev.baton.testing.SlackPayloads.staticSelect;
import static dev.baton.testing.SlackPayloads.userSelect;

/** What the success-plan end-to-end tests share: Baton on either database, the CRM import and the plan modal's values. */
final class SuccessPlanTesting {

    private SuccessPlanTesting() {
    }

    static RunningBaton start(DatabaseKind kind, FakeSlackApi slack, Clock clock) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("BATON_DATABASE_URL", kind.freshUrl());
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("BATON_DATABASE_USER", TestDatabases.postgresUser());
            env.put("BATON_DATABASE_PASSWORD", TestDatabases.postgresPassword());
        }
        return RunningBaton.start(slack, env, clock);
    }

    /** Imports accounts through the CRM's POST /api/accounts, which schedules their timelines. */
    static String importAccounts(RunningBaton baton, String json) {
        return baton.postApi("/api/accounts", json).body();
    }

    /** A plan of one goal with one action, and a relationship when {@code contactId} is given. */
    static Map<String, Map<String, Object>> plan(String goal, String measure, String action, String owner, LocalDate due,
                                                 Long contactId) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        put(values, SuccessPlanIds.goal(1, "goal"), plainText(goal));
        put(values, SuccessPlanIds.goal(1, "measure"), plainText(measure));
        put(values, SuccessPlanIds.action(1, 1, "action"), plainText(action));
        if (owner != null) {
            put(values, SuccessPlanIds.action(1, 1, "owner"), userSelect(owner));
        }
        put(values, SuccessPlanIds.action(1, 1, "due"), datePicker(due.toString()));
        if (contactId != null) {
            put(values, SuccessPlanIds.relationship(1, "contact"), staticSelect(String.valueOf(contactId)));
            put(values, SuccessPlanIds.relationship(1, "sentiment"), staticSelect("Positive"));
            Map<String, Object> checkbox = new HashMap<>();
            checkbox.put("type", "checkboxes");
            checkbox.put("selected_options", List.of(Map.of("text", Map.of("type", "plain_text",
                    "text", "Develop into a champion"), "value", "champion")));
            put(values, SuccessPlanIds.relationship(1, "champion"), checkbox);
            put(values, SuccessPlanIds.relationship(1, "why"), plainText("Runs the platform team"));
            put(values, SuccessPlanIds.relationship(1, "win"), plainText("CI time halved"));
        }
        put(values, SuccessPlanIds.ask(1, "dependency"), plainText("Product: SSO for the self-managed edition"));
        put(values, SuccessPlanIds.ask(1, "risk"), plainText("Blocks the rollout to the second business unit"));
        return values;
    }

    /** The modal's private metadata for the account's plan of {@code quarter}. */
    static String metadata(long accountId, Quarter quarter) {
        return accountId + ":" + PlanSlots.code(quarter);
    }
}
