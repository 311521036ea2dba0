package dev.baton.journey;

import dev.baton.config.JourneySettings;
import dev.baton.outbox.Email;
import dev.baton.render.Templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Renders one journey email from {@code templates/journeys/<template>.html.ftl} and {@code .txt.ftl}: every link
 * (the settings' links, a release's) through the signed click redirect, the survey's score links, the signed
 * unsubscribe link with the RFC 8058 one-click headers, and the open pixel when it is switched on.
 */
final class JourneyEmails {
    private final Templates templates;
    private final JourneySettings settings;
    private final SignedLinks links;

    JourneyEmails(Templates templates, JourneySettings settings, SignedLinks links) {
        this.templates = templates;
        this.settings = settings;
        this.links = links;
    }

    /** What the step's template shows besides the contact, the account and the links (a recap, a release). */
    record Extras(Map<String, Object> model, String subject) {
        static Extras none(String subject) {
            return new Extras(Map.of(), subject);
        }
    }

    Email render(Journey.Step step, String accountName, JourneyContact contact, long messageId, Extras extras) {
        Map<String, Object> model = new LinkedHashMap<>(extras.model());
        model.put("account", Map.of("name", accountName));
        model.put("contact", Map.of("name", contact.displayName()));
        Map<String, String> tracked = new LinkedHashMap<>();
        settings.links().forEach((name, url) -> tracked.put(name, links.click(messageId, url)));
        model.put("link", tracked);
        String unsubscribe = links.unsubscribe(messageId);
        model.put("unsubscribeUrl", unsubscribe);
        model.put("openPixelUrl", settings.trackOpens() ? links.open(messageId) : "");
        model.put("survey", IntStream.rangeClosed(0, 10)
                .mapToObj(score -> Map.of("score", score, "url", links.survey(messageId, score))).toList());
        if (model.get("release") instanceof Map<?, ?> release) {
            Map<String, Object> withLink = new LinkedHashMap<>();
            release.forEach((key, value) -> withLink.put(String.valueOf(key), value));
            withLink.put("link", links.click(messageId, String.valueOf(release.get("link"))));
            model.put("release", withLink);
        }
        String html = templates.render("journeys/" + step.template() + ".html.ftl", model);
        String text = templates.render("journeys/" + step.template() + ".txt.ftl", model);
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new Email(List.of(contact.email()), extras.subject(), text, html, null, headers, true);
    }
}
