package dev.baton.lighthouse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.lighthouse.LighthouseRows.Criterion;
import dev.baton.lighthouse.LighthouseRows.PlanStep;
import dev.baton.render.BlockKit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Hostile fixtures for the Lighthouse workflow's templates, for TemplatesTest (which renders every template). */
public final class LighthouseTemplateFixtures {
    private static final String METADATA = new LighthouseState(12345678901L,
            "https://hooks.slack.com/commands/T0/1/a?b=c&d=e").toJson();

    private LighthouseTemplateFixtures() {
    }

    static List<Criterion> criteria(String text) {
        return IntStream.rangeClosed(1, PlanForm.MAX_CRITERIA).mapToObj(i -> new Criterion(7, i, text, text,
                text.substring(0, 150), text.substring(0, 150), i == 1)).toList();
    }

    static List<PlanStep> steps(String text) {
        return IntStream.rangeClosed(1, PlanForm.MAX_CRITERIA * PlanForm.MAX_STEPS).mapToObj(i -> new PlanStep(
                12345678900L + i, 7, (i - 1) / PlanForm.MAX_STEPS + 1, (i - 1) % PlanForm.MAX_STEPS + 1, text, "UTA1",
                LocalDate.of(2027, 1, 4), i % 2 == 0 ? Instant.EPOCH : null, null)).toList();
    }

    static Map<String, Object> plan(Account account, String text) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("problem", text);
        model.put("goal", text);
        model.put("criteria", LighthouseCards.criteria(criteria(text), steps(text)));
        model.put("by", "ULEAD1");
        model.put("note", text);
        model.put("proposal", 12345678901L);
        model.put("sync", "2026-12-10");
        model.put("nomination", 12345678901L);
        return model;
    }

    static Map<String, Object> card(Account account, String text) {
        Map<String, Object> card = new HashMap<>(plan(account, text));
        card.putAll(Map.of("mayNominate", true, "isLeader", true, "onTeam", true, "nextSync", "2026-12-10",
                "pending", false, "inProgram", true, "days", 12L, "entered", "2026-11-20", "sponsor", "USPO1",
                "planStatus", "submitted"));
        card.put("notYet", text);
        card.put("updates", IntStream.range(0, LighthouseCards.UPDATES_SHOWN).mapToObj(i -> Map.of("date", "2026-12-01",
                "actor", "UTA1", "progress", text, "blockers", text, "asks", text)).toList());
        card.put("proposal", Map.of("by", "UTA1", "note", text));
        return card;
    }

    public static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, Account account, String text) {
        LighthouseViews views = new LighthouseViews(blockKit);
        fixtures.put("lighthouse/button.json.ftl", () -> blocks(views.button(LighthouseIds.ACTION_PLAN, "Write save plan",
                12345678901L)));
        fixtures.put("lighthouse/step-buttons.json.ftl", () -> blocks(views.stepButtons(steps(text))));
        fixtures.put("lighthouse/card.json.ftl", () -> views.card(card(account, text)));
        fixtures.put("lighthouse/list.json.ftl", () -> views.list(IntStream.range(0, LighthouseOverview.MAX_ROWS)
                .mapToObj(i -> Map.<String, Object>of("accountId", 12345678901L + i, "name", text, "arr", "$250,000",
                        "renewalDate", "2027-03-01", "days", 12L, "sponsor", "USPO1", "criteria", "1 of 3",
                        "lastUpdate", "3 days ago", "mine", i % 2 == 0)).toList(), "2026-12-10"));
        fixtures.put("lighthouse/not-found.json.ftl", () -> views.notFound(text, List.of(text, text)));
        fixtures.put("lighthouse/choices.json.ftl", () -> views.choices(text,
                IntStream.range(0, 10).mapToObj(i -> account).toList()));
        fixtures.put("lighthouse/nominate-modal.json.ftl", () -> modal(views, "nominate-modal.json.ftl",
                Map.of("account", account, "metadata", METADATA)));
        fixtures.put("lighthouse/plan-modal.json.ftl", () -> modal(views, "plan-modal.json.ftl", Map.of("account", account,
                "program", Map.of("problem", text, "goal", text), "slots", PlanService.PlanSlots.of(criteria(text),
                        steps(text)), "metadata", METADATA)));
        fixtures.put("lighthouse/sponsor-modal.json.ftl", () -> modal(views, "sponsor-modal.json.ftl",
                Map.of("account", account, "sponsor", "USPO1", "metadata", METADATA)));
        fixtures.put("lighthouse/update-modal.json.ftl", () -> modal(views, "update-modal.json.ftl", Map.of("account",
                account, "criteria", criteria(text), "steps", steps(text), "metadata", METADATA)));
        fixtures.put("lighthouse/exit-modal.json.ftl", () -> modal(views, "exit-modal.json.ftl",
                Map.of("account", account, "metadata", METADATA)));
        fixtures.put("lighthouse/not-yet-modal.json.ftl", () -> modal(views, "not-yet-modal.json.ftl",
                Map.of("metadata", METADATA)));
        fixtures.put("lighthouse/answer-modal.json.ftl", () -> modal(views, "answer-modal.json.ftl", Map.of("account",
                account, "sync", "2026-12-10", "updates", text, "blockers", text, "metadata", METADATA)));
        messages(fixtures, views, account, text);
    }

    private static void messages(Map<String, Supplier<JsonObject>> fixtures, LighthouseViews views, Account account,
                                 String text) {
        Map<String, Object> plan = plan(account, text);
        for (String dm : List.of("plan-dm", "sponsor-dm", "exit-vote-dm", "sync-new-dm", "sync-existing-dm")) {
            fixtures.put("lighthouse/" + dm + ".json.ftl", () -> views.message(dm + ".json.ftl", plan));
        }
        fixtures.put("lighthouse/entered-dm.json.ftl", () -> views.message("entered-dm.json.ftl",
                Map.of("account", account, "by", "UAE1", "reason", text)));
        fixtures.put("lighthouse/exited-dm.json.ftl", () -> views.message("exited-dm.json.ftl", Map.of("account", account)));
        Map<String, Object> update = new HashMap<>(plan);
        update.put("update", Map.of("progress", text, "blockers", text, "asks", text));
        fixtures.put("lighthouse/update-dm.json.ftl", () -> views.message("update-dm.json.ftl", update));
        fixtures.put("lighthouse/agenda.json.ftl", () -> views.message("agenda.json.ftl", Map.of("sync", "2026-12-10",
                "entrants", 3, "existing", 12, "unanswered", 2)));
        Map<String, Object> item = new HashMap<>(plan);
        item.putAll(Map.of("entrant", true, "answered", true, "confirmed", true, "updates", text, "blockers", text,
                "sponsor", "USPO1"));
        fixtures.put("lighthouse/agenda-item.json.ftl", () -> views.message("agenda-item.json.ftl", item));
    }

    private static JsonObject modal(LighthouseViews views, String template, Map<String, ?> model) {
        return JsonParser.parseString(views.modal(template, model)).getAsJsonObject();
    }

    private static JsonObject blocks(com.google.gson.JsonArray blocks) {
        JsonObject message = new JsonObject();
        message.add("blocks", blocks);
        return message;
    }
}
