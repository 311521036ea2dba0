package dev.baton.renewal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.account.Account;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.RoleCoverage;
import dev.baton.render.BlockKit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Hostile fixtures for the renewal workflow's templates, for TemplatesTest (which renders every template). */
public final class RenewalTemplateFixtures {
    private RenewalTemplateFixtures() {
    }

    static Cycle cycle(String text) {
        return new Cycle(42, 7, LocalDate.of(2027, 3, 1), Cycle.OPEN, "yellow", "UMGR1", Instant.EPOCH, 1, "partial_churn",
                150_000_00L, text, "UAE1", Instant.EPOCH, "red", "flat", 250_000_00L, 100, LocalDate.of(2027, 3, 1),
                text.substring(0, 60), Instant.EPOCH, null, Instant.EPOCH, Instant.EPOCH);
    }

    static Assessment assessment(String text) {
        return new Assessment(42, Assessment.SUBMITTED, "yellow", text, text, true, text, "UTA1", Instant.EPOCH, "UTA1",
                Instant.EPOCH);
    }

    static List<DriverRating> drivers(String text) {
        return java.util.Arrays.stream(Driver.values()).map(d -> new DriverRating(42, d.code(), "red", text)).toList();
    }

    static AssessmentFacts facts(String text) {
        return new AssessmentFacts(new FactsDao.Seats("under_used", 12, 400, Instant.EPOCH),
                IntStream.range(0, 30).mapToObj(i -> new FactsDao.FirstUse(text + i, Instant.EPOCH)).toList(),
                RoleCoverage.of(List.of()), 3, true, 2, List.of(new FactsDao.ChurnFact("partial", 400_000_00L,
                249_999_99L, 250, 100, LocalDate.of(2026, 12, 31), text.substring(0, 64))));
    }

    public static void add(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, Account account, String text) {
        RenewalViews views = new RenewalViews(blockKit);
        Cycle cycle = cycle(text);
        Assessment assessment = assessment(text);
        RenewalNotificationsModels models = new RenewalNotificationsModels(account, cycle, text);
        fixtures.put("renewal/step-button.json.ftl", () -> {
            JsonObject message = new JsonObject();
            message.add("blocks", views.stepButton(new dev.baton.timeline.StepForm(RenewalIds.ACTION_ASSESS, "Start assessment", 12345678901L)));
            return message;
        });
        fixtures.put("renewal/prefill.json.ftl", () -> {
            // the notes are initial values of the modal's inputs, cut to Slack's limit there; here: every note is made
            Map<String, String> prefill = views.prefill(facts(text));
            JsonObject message = new JsonObject();
            message.addProperty("text", String.join(", ", new java.util.TreeSet<>(prefill.keySet())));
            return message;
        });
        fixtures.put("renewal/card.json.ftl", () -> views.card(card(account, cycle, assessment, text)));
        fixtures.put("renewal/list.json.ftl", () -> views.list(IntStream.range(0, RenewalOverview.MAX_ROWS)
                .mapToObj(i -> new RenewalRow(i, text + i, LocalDate.of(2027, 3, 1), 250_000_00L, 42L, "red",
                        Instant.EPOCH, "partial_churn", 1L, "yellow", Assessment.AGREED, "red", 0, null)).toList(),
                LocalDate.of(2026, 12, 1), Instant.EPOCH, true, 120));
        fixtures.put("renewal/not-found.json.ftl", () -> views.notFound(text, List.of(text, text)));
        fixtures.put("renewal/choices.json.ftl", () -> views.choices(text,
                IntStream.range(0, 10).mapToObj(i -> account).toList()));
        fixtures.put("renewal/assessment-modal.json.ftl", () -> JsonParser.parseString(views.modal(
                "assessment-modal.json.ftl", models.assessmentModal(views, assessment, facts(text)))).getAsJsonObject());
        fixtures.put("renewal/change-modal.json.ftl", () -> JsonParser.parseString(views.modal("change-modal.json.ftl",
                models.with("submitted", "Yellow"))).getAsJsonObject());
        fixtures.put("renewal/save-plan-modal.json.ftl", () -> JsonParser.parseString(views.modal(
                "save-plan-modal.json.ftl", models.savePlanModal())).getAsJsonObject());
        fixtures.put("renewal/check-in-modal.json.ftl", () -> JsonParser.parseString(views.modal("check-in-modal.json.ftl",
                models.with("last", Map.of("date", "2026-12-01", "actor", "UTA1", "progress", text)))).getAsJsonObject());
        fixtures.put("renewal/review-dm.json.ftl", () -> views.message("review-dm.json.ftl", models.review(drivers(text))));
        fixtures.put("renewal/returned-dm.json.ftl", () -> views.message("returned-dm.json.ftl", models.changed()));
        fixtures.put("renewal/changes-unagreed.json.ftl", () -> views.message("changes-unagreed.json.ftl",
                models.changed()));
        fixtures.put("renewal/agreed-dm.json.ftl", () -> views.message("agreed-dm.json.ftl", models.agreed()));
        fixtures.put("renewal/forecast-ask.json.ftl", () -> views.message("forecast-ask.json.ftl", models.agreed()));
        fixtures.put("renewal/lighthouse-nominated.json.ftl", () -> views.message("lighthouse-nominated.json.ftl",
                models.nominated()));
        fixtures.put("renewal/check-in-dm.json.ftl", () -> views.message("check-in-dm.json.ftl", models.checkIn()));
    }

    static RenewalCard card(Account account, Cycle cycle, Assessment assessment, String text) {
        SavePlan plan = new SavePlan(42, text, text, "UTA1", Instant.EPOCH, Instant.EPOCH, IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new SavePlan.Step(i, 42, i, text, "UOWNER" + i, LocalDate.of(2027, 1, i), null)).toList());
        List<CheckIn> checkIns = IntStream.range(0, 3).mapToObj(i -> new CheckIn(i, 42, Instant.EPOCH, "UTA1", text, text,
                "at_risk")).toList();
        List<Map<String, String>> events = new ArrayList<>();
        for (int i = 0; i < RenewalCards.SHOWN_EVENTS; i++) {
            events.add(Map.of("at", "2026-12-01 10:00", "actor", "UMGR1", "action", "changed", "rating", "Red",
                    "reason", text));
        }
        List<RenewalCard.Button> buttons = List.of(new RenewalCard.Button(RenewalIds.ACTION_ASSESS, "Start assessment",
                "7", true), new RenewalCard.Button(RenewalIds.ACTION_FORECAST, "Forecast", "42", false));
        return new RenewalCard(account, cycle, assessment, RenewalCards.drivers(drivers(text)), events, plan, checkIns,
                new LighthouseNomination(1, 7, 42L, "UMGR1", Instant.EPOCH, text, LighthouseNomination.NOMINATED),
                LocalDate.of(2026, 12, 1), text.substring(0, 40), buttons);
    }

    /** The DMs' and modals' models, as the services build them. */
    private record RenewalNotificationsModels(Account account, Cycle cycle, String text) {
        Map<String, Object> with(String key, Object value) {
            Map<String, Object> model = base();
            model.put(key, value);
            return model;
        }

        Map<String, Object> base() {
            Map<String, Object> model = new HashMap<>();
            model.put("account", account);
            model.put("cycle", cycle);
            model.put("metadata", new RenewalState(42, "https://hooks.slack.com/a?b=c&d=e").toJson());
            model.put("ratings", List.of(Rating.values()));
            model.put("rating", "Yellow");
            return model;
        }

        Map<String, Object> assessmentModal(RenewalViews views, Assessment assessment, AssessmentFacts facts) {
            Map<String, Object> model = base();
            model.put("facts", facts);
            model.put("prefill", views.prefill(facts));
            model.put("drivers", java.util.Arrays.stream(Driver.values()).map(d -> Map.of("id", d.code().replace('_', '-'),
                    "label", d.label(), "rating", "red", "note", text)).toList());
            model.put("overall", "yellow");
            model.put("risks", text);
            model.put("assessment", assessment);
            model.put("returned", Map.of("actor", "UMGR1", "rating", "Red", "reason", text));
            return model;
        }

        Map<String, Object> savePlanModal() {
            Map<String, Object> model = base();
            model.put("problem", text);
            model.put("goal", text);
            model.put("slots", IntStream.rangeClosed(1, SavePlanForm.MAX_STEPS).mapToObj(i -> Map.of("position",
                    String.valueOf(i), "action", text, "owner", "UOWNER1", "due", "2027-01-0" + i)).toList());
            return model;
        }

        Map<String, Object> review(List<DriverRating> drivers) {
            Map<String, Object> model = base();
            model.put("overall", "Yellow");
            model.put("submittedBy", "UTA1");
            model.put("summary", text);
            model.put("risks", text);
            model.put("missingRoleReason", text);
            model.put("drivers", RenewalCards.drivers(drivers));
            return model;
        }

        Map<String, Object> changed() {
            Map<String, Object> model = base();
            model.put("by", "UMGR1");
            model.put("reason", text);
            model.put("changes", 2);
            model.put("assessor", "UTA1");
            return model;
        }

        Map<String, Object> agreed() {
            Map<String, Object> model = base();
            model.put("by", "UMGR1");
            model.put("emoji", Rating.YELLOW.emoji());
            model.put("next", "yellow");
            return model;
        }

        Map<String, Object> nominated() {
            Map<String, Object> model = base();
            model.put("by", "UMGR1");
            model.put("arr", "$250,000.00");
            model.put("summary", text);
            return model;
        }

        Map<String, Object> checkIn() {
            Map<String, Object> model = base();
            model.put("checkIn", new CheckIn(1, 42, Instant.EPOCH, "UTA1", text, text, "off_track"));
            model.put("trend", "Off track");
            return model;
        }
    }
}
