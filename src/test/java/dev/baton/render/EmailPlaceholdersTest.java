package dev.baton.render;

import dev.baton.config.JourneySettings;
import dev.baton.journey.JourneyTemplateFixtures;
import dev.baton.outbox.Email;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every email a customer can receive, rendered as it is sent: no bracketed placeholder such as "[Expand AE name]",
 * no empty or non-web link, nothing left unrendered, and the text part carrying the same links as the HTML part.
 */
class EmailPlaceholdersTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-z][^\\]\\n]{0,60}\\]");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SRC = Pattern.compile("src=\"([^\"]*)\"");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

    private final Templates templates = new Templates(Path.of("templates"));

    private Map<String, Email> emails() {
        Map<String, Email> emails = new LinkedHashMap<>();
        JourneyTemplateFixtures.emails(templates, "Acme").forEach((name, email) -> emails.put("journeys/" + name, email));
        for (String deployment : List.of("SaaS", "Self-Managed")) {
            for (boolean introducing : List.of(true, false)) {
                Map<String, Object> model = Map.of("account", account(deployment),
                        "greeting", "Ada", "introducing", introducing, "expandAe", "Jordan Expand",
                        "link", JourneySettings.defaultLinks());
                emails.put("handoff/welcome " + deployment + (introducing ? " (Sales Assisted)" : " (low-touch)"),
                        new Email(List.of("ada@acme.example"), "Welcome", templates.render("handoff/welcome.txt.ftl", model),
                                templates.render("handoff/welcome.html.ftl", model), null));
            }
        }
        return emails;
    }

    @TestFactory
    Stream<DynamicTest> noEmailCarriesAPlaceholderOrAnEmptyLink() {
        return emails().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Email email = entry.getValue();
            for (String part : List.of(email.text(), email.html())) {
                assertThat(PLACEHOLDER.matcher(part).find()).as(entry.getKey() + ": " + found(PLACEHOLDER, part)).isFalse();
                assertThat(part).doesNotContain("${").doesNotContain("null");
            }
            assertThat(found(SRC, email.html())).allSatisfy(src -> assertThat(src).matches("https?://\\S+"));
            List<String> hrefs = found(HREF, email.html());
            assertThat(hrefs).as(entry.getKey()).isNotEmpty().allSatisfy(href -> assertThat(href).matches("https?://\\S+"));
            assertThat(links(email.text())).as(entry.getKey() + ": the text part's links")
                    .isEqualTo(Set.copyOf(hrefs.stream().map(h -> h.replace("&amp;", "&")).toList()));
        }));
    }

    private static dev.baton.account.Account account(String deployment) {
        return new dev.baton.account.Account(7, "001ACME", "Acme", dev.baton.account.Segment.SMB,
                dev.baton.account.ServiceModel.POOLED, null, null, dev.baton.account.OrderType.SALES_ASSISTED,
                deployment.equals("SaaS") ? dev.baton.account.Deployment.SAAS : dev.baton.account.Deployment.SELF_MANAGED,
                "1. Onboarding", "UAE1", "UCE1", "UTA1", "UEXP1", null, null, null, null, null, 100_00L, 10, null, null);
    }

    private static Set<String> links(String text) {
        return new LinkedHashSet<>(found(URL, text));
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
