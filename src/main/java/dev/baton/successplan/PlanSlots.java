package dev.baton.successplan;

import dev.baton.account.Contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan modal's slots as template models, each filled from the form's source plan where it has one. */
final class PlanSlots {
    static final List<String> SENTIMENTS = List.of("Positive", "Neutral", "Negative");

    private PlanSlots() {
    }

    /** The quarter in a button or modal value: {@code 2026-Q4} as 20264. */
    static long code(Quarter quarter) {
        return quarter.year() * 10L + quarter.number();
    }

    static Quarter fromCode(long code) {
        return new Quarter((int) (code / 10), (int) (code % 10));
    }

    static Map<String, Object> of(PlanForm form) {
        PlanView source = form.source();
        List<Map<String, Object>> contacts = form.contacts().stream().map(PlanSlots::contact).toList();
        List<Map<String, Object>> goals = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int g = 1; g <= SuccessPlanIds.GOALS; g++) {
            int position = g;
            Goal goal = source == null ? null : source.goals().stream().map(PlanView.GoalProgress::goal)
                    .filter(x -> x.position() == position).findFirst().orElse(null);
            goals.add(slot("position", g, "goal", goal == null ? null : goal.goal(),
                    "measure", goal == null ? null : goal.measure()));
            for (int a = 1; a <= SuccessPlanIds.ACTIONS_PER_GOAL; a++) {
                actions.add(action(source, g, a));
            }
        }
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (int r = 1; r <= SuccessPlanIds.RELATIONSHIPS; r++) {
            relationships.add(relationship(source, r, contacts));
        }
        List<Map<String, Object>> asks = new ArrayList<>();
        for (int a = 1; a <= SuccessPlanIds.ASKS; a++) {
            int position = a;
            BusinessAsk ask = source == null ? null
                    : source.asks().stream().filter(x -> x.position() == position).findFirst().orElse(null);
            asks.add(ask == null ? slot("position", a) : slot("position", a, "dependency", ask.dependency(),
                    "risk", ask.risk(), "resolution", ask.resolution(), "help", ask.help()));
        }
        return Map.of("goals", goals, "actions", actions, "relationships", relationships, "asks", asks,
                "contacts", contacts, "sentiments", SENTIMENTS);
    }

    private static Map<String, Object> action(PlanView source, int goal, int position) {
        PlanAction action = source == null ? null : source.actions().stream()
                .filter(x -> x.goal() == goal && x.position() == position).findFirst().orElse(null);
        return action == null ? slot("goal", goal, "position", position) : slot("goal", goal, "position", position,
                "action", action.action(), "owner", action.owner(), "due", action.dueDate().toString());
    }

    private static Map<String, Object> relationship(PlanView source, int position, List<Map<String, Object>> contacts) {
        Relationship r = source == null ? null : source.relationships().stream().map(PlanView.RelationshipView::relationship)
                .filter(x -> x.position() == position).findFirst().orElse(null);
        if (r == null) {
            return slot("position", position);
        }
        Map<String, Object> contact = contacts.stream().filter(c -> c.get("id").equals(r.contactId())).findFirst()
                .orElse(null);
        return slot("position", position, "contact", contact, "sentiment", r.sentiment(), "champion", r.champion(),
                "why", r.why(), "win", r.win());
    }

    private static Map<String, Object> contact(Contact c) {
        return Map.of("id", c.id(), "label", c.displayName() + " · " + c.roles().labels());
    }

    private static Map<String, Object> slot(Object... pairs) {
        Map<String, Object> slot = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                slot.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return slot;
    }
}
