package dev.baton.render;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.successplan.BusinessAsk;
import dev.baton.successplan.Goal;
import dev.baton.successplan.PlanAction;
import dev.baton.successplan.PlanCard;
import dev.baton.successplan.PlanForm;
import dev.baton.successplan.PlanStatus;
import dev.baton.successplan.PlanView;
import dev.baton.successplan.QbrPlan;
import dev.baton.successplan.Quarter;
import dev.baton.successplan.Relationship;
import dev.baton.successplan.SuccessPlan;
import dev.baton.successplan.SuccessPlanViews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Hostile fixtures for the success-plan workflow's templates, kept apart so TemplatesTest stays readable. */
final class SuccessPlanTemplateFixtures {
    private SuccessPlanTemplateFixtures() {
    }

    static PlanView plan(String text, List<Contact> contacts, boolean forQbr) {
        SuccessPlan plan = new SuccessPlan(9, 7, "2026-Q4", forQbr, null, null, "UTA1", Instant.EPOCH);
        List<PlanView.GoalProgress> goals = IntStream.rangeClosed(1, 3).mapToObj(g -> new PlanView.GoalProgress(
                new Goal(9, g, text, text), IntStream.rangeClosed(1, 2).mapToObj(a -> new PlanAction(g * 10L + a, 9, g, a,
                        text, "UOWNER" + a, LocalDate.of(2026, 11, a), a == 1 ? Instant.EPOCH : null, null)).toList()))
                .toList();
        List<PlanView.RelationshipView> relationships = IntStream.rangeClosed(1, 3).mapToObj(r -> new PlanView.RelationshipView(
                new Relationship(9, r, contacts.get(r).id(), "Positive", true, text, text), contacts.get(r))).toList();
        List<BusinessAsk> asks = IntStream.rangeClosed(1, 2).mapToObj(a -> new BusinessAsk(9, a, text, text, text, text))
                .toList();
        return new PlanView(plan, goals, relationships, asks);
    }

    static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, Account account, List<Contact> contacts,
                    String text) {
        SuccessPlanViews views = new SuccessPlanViews(blockKit);
        Quarter quarter = new Quarter(2026, 4);
        PlanView plan = plan(text, contacts, false);
        fixtures.put("successplan/card.json.ftl", () -> views.card(new PlanCard(account, quarter, plan,
                plan(text, contacts, true), contacts, true, true)));
        fixtures.put("successplan/plan-modal.json.ftl", () -> JsonParser.parseString(views.modal(
                new PlanForm(account, quarter, plan, true, contacts))).getAsJsonObject());
        fixtures.put("successplan/overview.json.ftl", () -> views.overview(IntStream.range(0, 40)
                .mapToObj(i -> new PlanStatus(i, text, i % 2 == 0 ? null : (long) i)).toList(), quarter, true));
        fixtures.put("successplan/qbr.json.ftl", () -> views.qbr(IntStream.range(0, 40)
                .mapToObj(i -> new QbrPlan(i, i, text, "2026-Q4", 1, 4)).toList(), quarter));
        fixtures.put("successplan/action-buttons.json.ftl", () -> {
            JsonObject message = new JsonObject();
            message.add("blocks", views.actionButtons(IntStream.range(0, 30).mapToObj(i -> plan.actions().get(i % 6))
                    .toList()));
            return message;
        });
        fixtures.put("successplan/ask-buttons.json.ftl", () -> {
            JsonObject message = new JsonObject();
            message.add("blocks", views.askBlocks(account));
            return message;
        });
        fixtures.put("successplan/reminder-text.json.ftl", () -> {
            JsonObject both = new JsonObject();
            both.addProperty("ask", views.askReminder(account, quarter).headline());
            both.addProperty("actions", views.actionsReminder(plan.actions()).details().get(0));
            return both;
        });
        fixtures.put("successplan/mid-quarter.json.ftl", () -> views.midQuarter(account, quarter, plan));
        fixtures.put("successplan/not-found.json.ftl", () -> views.notFound(text, List.of(text, "Acme")));
        fixtures.put("successplan/choices.json.ftl", () -> views.choices(text, List.of(account, account)));
    }
}
