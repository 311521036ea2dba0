package dev.baton.journey;

import com.google.gson.JsonObject;
import dev.baton.config.JourneySettings;
import dev.baton.config.Settings;
import dev.baton.outbox.Email;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The journeys' templates rendered with hostile text: every email (both parts), page and Slack message. */
public final class JourneyTemplateFixtures {
    private JourneyTemplateFixtures() {
    }

    /** The settings' links as they ship, and a public address. */
    static JourneySettings settings(boolean trackOpens) {
        Settings settings = Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-x", "SLACK_SIGNING_SECRET", "s",
                "BATON_PUBLIC_URL", "https://baton.example.com"));
        JourneySettings shipped = settings.journeys();
        return new JourneySettings(shipped.publicUrl(), "secret", Optional.empty(), trackOpens, Optional.empty(),
                shipped.links());
    }

    /** Every journey email as it is sent: each step's template with a recap and a release. */
    public static Map<String, Email> emails(Templates templates, String text) {
        JourneyEmails emails = new JourneyEmails(templates, settings(true),
                new SignedLinks("https://baton.example.com", "secret"));
        JourneyContact contact = new JourneyContact(7, 42, text, "ada@example.com", ",champion,", null, null, null, null);
        Map<String, Object> recap = new LinkedHashMap<>();
        recap.put("month", "November 2026");
        recap.put("lastMonth", "October 2026");
        recap.put("activeUsers", "37");
        recap.put("lastActiveUsers", "not reported");
        recap.put("utilisation", "37%");
        recap.put("lastUtilisation", "not reported");
        recap.put("newFeatures", List.of(text, "Merge Trains"));
        recap.put("lastNewFeatures", 0);
        recap.put("adoptedTotal", 2);
        recap.put("lastAdoptedTotal", 0);
        Map<String, Object> model = Map.of("recap", recap, "release", Map.of("title", text, "summary", text,
                "link", "https://example.com/releases/17"));
        Map<String, Email> rendered = new LinkedHashMap<>();
        for (Journey journey : JourneyFiles.load(Path.of("templates"), templates::exists)) {
            for (Journey.Step step : journey.steps()) {
                rendered.put(step.template(), emails.render(step, text, contact, 12345678901L,
                        new JourneyEmails.Extras(model, step.subject())));
            }
        }
        return rendered;
    }

    /** Every journey template that renders to HTML or plain text, by file. */
    public static Map<String, Supplier<String>> texts(Templates templates, String text) {
        Map<String, Supplier<String>> fixtures = new LinkedHashMap<>();
        emails(templates, text).forEach((template, email) -> {
            fixtures.put("journeys/" + template + ".html.ftl", email::html);
            fixtures.put("journeys/" + template + ".txt.ftl", email::text);
        });
        Map<String, Object> parts = Map.of("account", Map.of("name", text), "contact", Map.of("name", text),
                "link", Map.of("support", "https://support.example.com/"), "unsubscribeUrl", "https://b.example/u",
                "openPixelUrl", "", "title", text);
        for (String part : List.of("header.html.ftl", "footer.html.ftl", "footer.txt.ftl", "page-head.html.ftl")) {
            fixtures.put("journeys/" + part, () -> templates.render("journeys/" + part, parts));
        }
        page(fixtures, templates, "unsubscribe-page", Map.of("email", text, "account", text, "action", "/email/u?m=1"));
        page(fixtures, templates, "unsubscribed-page", Map.of("email", text, "account", text));
        page(fixtures, templates, "survey-page", Map.of("score", text, "action", "/email/survey?m=1"));
        page(fixtures, templates, "survey-thanks-page", Map.of("already", false, "account", text));
        page(fixtures, templates, "link-invalid-page", Map.of("support", text));
        return fixtures;
    }

    private static void page(Map<String, Supplier<String>> fixtures, Templates templates, String name,
                             Map<String, Object> model) {
        fixtures.put("journeys/" + name + ".html.ftl", () -> templates.render("journeys/" + name + ".html.ftl", model));
    }

    /** The journeys' Slack messages. */
    public static void slack(Map<String, Supplier<JsonObject>> fixtures, BlockKit blockKit, String text) {
        Map<String, Object> bounce = Map.of("account", text, "contact", text, "email", text, "reason", text);
        fixtures.put("journeys/bounce-dm.json.ftl", () -> blockKit.renderTree("journeys/bounce-dm.json.ftl", bounce));
        Map<String, Object> answer = Map.of("account", text, "contact", text, "score", 4, "comment", text);
        fixtures.put("journeys/survey-answer.json.ftl", () -> blockKit.renderTree("journeys/survey-answer.json.ftl", answer));
        fixtures.put("journeys/survey-alert.json.ftl", () -> blockKit.renderTree("journeys/survey-alert.json.ftl", answer));
        SummaryDao.StepFigures figures = new SummaryDao.StepFigures(text, text, 99999, 99999, 0, 12, 1, 3, 500, 40);
        java.util.List<java.util.Map<String, Object>> rows = java.util.Collections.nCopies(45, Map.of("journey", text,
                "step", text, "now", WeeklySummary.line(figures), "before", WeeklySummary.line(figures)));
        fixtures.put("journeys/weekly-summary.json.ftl", () -> blockKit.renderTree("journeys/weekly-summary.json.ftl",
                Map.of("rows", rows, "more", 12, "week", "2026-11-30")));
        fixtures.put("journeys/release-modal.json.ftl", () -> blockKit.renderTree("journeys/release-modal.json.ftl", Map.of()));
        fixtures.put("journeys/release-posted.json.ftl", () -> blockKit.renderTree("journeys/release-posted.json.ftl",
                Map.of("title", text)));
    }

}
