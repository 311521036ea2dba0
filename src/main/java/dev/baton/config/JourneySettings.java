package dev.baton.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digital journeys' settings: where Baton is reached from a customer's mail client ({@code BATON_PUBLIC_URL},
 * for the unsubscribe, survey and tracked links), the secret those links are signed with, the mail provider's
 * webhook secret, whether opens are tracked, the weekly summary's channel, and every link the emails carry.
 *
 * @param links the links the emails carry, by the name templates use ({@code link.support}, ...)
 */
public record JourneySettings(String publicUrl, String linkSecret, Optional<String> emailEventsSecret,
                              boolean trackOpens, Optional<String> digitalChannel, Map<String, String> links) {

    /** Each link's setting, its name in the templates, and its default. */
    static final List<String[]> LINKS = List.of(
            new String[]{"BATON_LINK_SUPPORT", "support", "https://support.example.com/"},
            new String[]{"BATON_LINK_MEETING", "meeting", "https://calendly.com/digital-success"},
            new String[]{"BATON_LINK_ACCOUNT_HUB", "accountHub", "https://support.example.com/account-hub"},
            new String[]{"BATON_LINK_CUSTOMERS_PORTAL", "customersPortal", "https://customers.example.com/"},
            new String[]{"BATON_LINK_PRIORITY_SUPPORT", "prioritySupport", "https://support.example.com/priority"},
            new String[]{"BATON_LINK_NAMESPACE_GUIDE", "namespaceGuide", "https://docs.example.com/namespaces"},
            new String[]{"BATON_LINK_LICENSE_GUIDE", "licenseGuide", "https://docs.example.com/license"},
            new String[]{"BATON_LINK_SMB_SALES", "smbSales", "https://example.com/sales/small-business"});

    public JourneySettings {
        links = Map.copyOf(links);
    }

    /** The links as they ship, before any BATON_LINK_* setting. */
    public static Map<String, String> defaultLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        LINKS.forEach(link -> links.put(link[1], link[2]));
        return links;
    }

    static JourneySettings fromEnvironment(Map<String, String> env, int port, String signingSecret,
                                           List<String> problems) {
        String publicUrl = link(env, "BATON_PUBLIC_URL", "http://localhost:" + port, problems);
        Map<String, String> links = new LinkedHashMap<>();
        for (String[] link : LINKS) {
            links.put(link[1], link(env, link[0], link[2], problems));
        }
        String secret = blank(env.get("BATON_EMAIL_LINK_SECRET")) ? "links:" + signingSecret
                : env.get("BATON_EMAIL_LINK_SECRET").trim();
        String events = env.get("BATON_EMAIL_EVENTS_SECRET");
        String opens = env.getOrDefault("BATON_EMAIL_TRACK_OPENS", "false").trim();
        if (!opens.equals("true") && !opens.equals("false")) {
            problems.add("BATON_EMAIL_TRACK_OPENS must be true or false, not '" + opens + "'");
        }
        String channel = env.get("BATON_DIGITAL_CHANNEL");
        if (!blank(channel) && !channel.trim().matches("^(#[a-z0-9][a-z0-9_-]{0,79}|[CG][A-Z0-9]{2,20})$")) {
            problems.add("BATON_DIGITAL_CHANNEL must be a channel id such as C0123ABCD or a #channel-name, not '"
                    + channel + "'");
        }
        return new JourneySettings(publicUrl.replaceAll("/+$", ""), secret,
                blank(events) ? Optional.empty() : Optional.of(events.trim()), opens.equals("true"),
                blank(channel) ? Optional.empty() : Optional.of(channel.trim()), links);
    }

    private static String link(Map<String, String> env, String name, String fallback, List<String> problems) {
        String raw = blank(env.get(name)) ? fallback : env.get(name).trim();
        try {
            URI uri = new URI(raw);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return raw;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(name + " must be an http(s) address such as https://support.example.com/, not '" + raw + "'");
        return fallback;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
