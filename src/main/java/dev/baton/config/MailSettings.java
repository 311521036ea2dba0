package dev.baton.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SMTP from {@code BATON_SMTP_URL} ({@code smtp://user:password@host:587} or {@code smtps://...}) and {@code BATON_MAIL_FROM}. */
public record MailSettings(String host, int port, boolean tls, String user, String password, String from) {

    /** Empty when BATON_SMTP_URL is unset: emails are then handed to people in Slack as drafts. */
    static Optional<MailSettings> fromEnvironment(Map<String, String> env, List<String> problems) {
        String url = env.get("BATON_SMTP_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String from = env.get("BATON_MAIL_FROM");
        if (from == null || !from.contains("@")) {
            problems.add("BATON_MAIL_FROM must be an email address when BATON_SMTP_URL is set");
        }
        try {
            URI uri = new URI(url.trim());
            boolean tls = "smtps".equals(uri.getScheme());
            if (!tls && !"smtp".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add("BATON_SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465");
                return Optional.empty();
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
            return Optional.of(new MailSettings(uri.getHost(), port, tls, user, password, from == null ? null : from.trim()));
        } catch (URISyntaxException e) {
            problems.add("BATON_SMTP_URL is not a URL: " + e.getReason());
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "smtp" + (tls ? "s" : "") + "://" + (user == null ? "" : user + ":***@") + host + ":" + port + " from " + from;
    }
}
