package dev.baton.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Baton's typed settings, read once from the environment; secrets are kept out of {@link #toString()}. */
public record Settings(
        String slackBotToken,
        String slackSigningSecret,
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String slackApiUrl,
        Path templatesDir,
        Optional<String> apiToken,
        Set<String> leaders,
        ZoneId timezone,
        String usageChannel,
        String gtmReviewChannel,
        Optional<MailSettings> mail,
        Optional<String> churnRetroSponsor,
        List<String> closedLostCategories,
        int usageUnderUsedBelowPercent,
        int usageNearLimitAtPercent,
        int usageGraceDays,
        ExpandTeam expandTeam,
        Optional<String> forecastChannel,
        LighthouseSettings lighthouse,
        SuccessPlanScope successPlanScope,
        Optional<String> metricsToken,
        LogFormat logFormat,
        Optional<String> slackAppToken,
        HealthSettings health,
        JourneySettings journeys,
        int homeDebounceMillis) {

    private static final Pattern CHANNEL_ID = Pattern.compile("^[CG][A-Z0-9]{2,20}$");
    private static final Pattern CHANNEL_NAME = Pattern.compile("^#[a-z0-9][a-z0-9_-]{0,79}$");
    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_CLOSED_LOST_CATEGORIES =
            "Budget, Product gaps, Competitor, Low adoption, Champion left, M&A, Other";

    /** Reads the settings from an environment map, failing with every missing or malformed name at once. */
    public static Settings fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String token = required(env, "SLACK_BOT_TOKEN", problems);
        Optional<String> appToken = parseAppToken(env.get("SLACK_APP_TOKEN"), problems);
        // Socket Mode: Slack authenticates the connection Baton opens, so no request is signed
        String secret = appToken.isPresent() ? blankToNull(env.get("SLACK_SIGNING_SECRET"))
                : required(env, "SLACK_SIGNING_SECRET", problems);
        int port = parsePort(env.getOrDefault("PORT", "3000"), problems);
        ZoneId zone = parseZone(env.getOrDefault("BATON_TIMEZONE", "UTC"), problems);
        Optional<MailSettings> mail = MailSettings.fromEnvironment(env, problems);
        List<String> categories = parseCategories(env.get("BATON_CLOSED_LOST_CATEGORIES"), problems);
        int underUsed = parseWhole(env, "BATON_USAGE_UNDER_USED_BELOW", 50, 0, 100, problems);
        int nearLimit = parseWhole(env, "BATON_USAGE_NEAR_LIMIT_AT", 95, 1, 1000, problems);
        int graceDays = parseWhole(env, "BATON_USAGE_GRACE_DAYS", 60, 0, 3650, problems);
        ExpandTeam expandTeam = ExpandTeam.fromEnvironment(env, problems);
        Optional<String> forecastChannel = parseChannel(env, "BATON_FORECAST_CHANNEL", problems);
        LighthouseSettings lighthouse = LighthouseSettings.fromEnvironment(env, problems);
        SuccessPlanScope successPlanScope = SuccessPlanScope.fromEnvironment(env, problems);
        LogFormat logFormat = LogFormat.fromEnvironment(env, problems);
        HealthSettings health = HealthSettings.fromEnvironment(env, problems);
        int homeDebounce = parseWhole(env, "BATON_HOME_DEBOUNCE_MS", 1500, 0, 600_000, problems);
        // the email links are signed with a key derived from a Slack secret unless one is given; Socket Mode has no
        // signing secret, so there the app token is the secret the key derives from
        JourneySettings journeys = JourneySettings.fromEnvironment(env, port, secret != null ? secret
                : appToken.orElse(null), problems);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        String apiUrl = env.getOrDefault("SLACK_API_URL", DEFAULT_SLACK_API_URL);
        return new Settings(token, secret, port,
                env.getOrDefault("BATON_DATABASE_URL", "jdbc:h2:file:./data/baton;AUTO_SERVER=FALSE"),
                env.getOrDefault("BATON_DATABASE_USER", "sa"),
                env.getOrDefault("BATON_DATABASE_PASSWORD", ""),
                apiUrl.endsWith("/") ? apiUrl : apiUrl + "/",
                Path.of(env.getOrDefault("BATON_TEMPLATES_DIR", "./templates")),
                Optional.ofNullable(blankToNull(env.get("BATON_API_TOKEN"))),
                parseList(env.get("BATON_LEADERS")),
                zone,
                env.getOrDefault("BATON_USAGE_CHANNEL", "#alerts-customer-usage"),
                env.getOrDefault("BATON_GTM_REVIEW_CHANNEL", "#gtm-operations-review"),
                mail,
                Optional.ofNullable(blankToNull(env.get("BATON_CHURN_RETRO_SPONSOR"))),
                categories,
                underUsed, nearLimit, graceDays, expandTeam, forecastChannel, lighthouse, successPlanScope,
                Optional.ofNullable(blankToNull(env.get("BATON_METRICS_TOKEN"))), logFormat, appToken, health,
                journeys, homeDebounce);
    }

    /**
     * The settings for a command-line job that uses the database and templates but never calls Slack, so
     * the Slack secrets are not required there.
     */
    public static Settings withoutSlack(Map<String, String> env) {
        Map<String, String> filled = new java.util.HashMap<>(env);
        for (String secret : List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")) {
            if (blankToNull(filled.get(secret)) == null) {
                filled.put(secret, "unused-by-commands");
            }
        }
        filled.remove("SLACK_APP_TOKEN"); // a command never connects to Slack
        return fromEnvironment(filled);
    }

    private static String required(Map<String, String> env, String name, List<String> problems) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            problems.add(name + " is not set");
        }
        return value;
    }

    /** An app-level token ({@code xapp-…}) switches Baton to Socket Mode; unset, Baton serves {@code /slack/events}. */
    private static Optional<String> parseAppToken(String raw, List<String> problems) {
        String token = blankToNull(raw);
        if (token != null && !token.startsWith("xapp-")) {
            problems.add("SLACK_APP_TOKEN must be an app-level token starting xapp- (Basic Information, App-Level Tokens, "
                    + "with connections:write), not one starting '" + token.substring(0, Math.min(5, token.length())) + "'");
        }
        return Optional.ofNullable(token);
    }

    /** True when Baton connects out to Slack over Socket Mode instead of serving {@code /slack/events}. */
    public boolean socketMode() {
        return slackAppToken.isPresent();
    }

    private static int parsePort(String raw, List<String> problems) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("PORT must be a number from 0 to 65535, not '" + raw + "'");
        return -1;
    }

    static int parseWhole(Map<String, String> env, String name, int fallback, int min, int max,
                                  List<String> problems) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
        return fallback;
    }

    /** A channel to post to: its id ({@code C0123ABCD}) or {@code #its-name}; unset is empty. */
    static Optional<String> parseChannel(Map<String, String> env, String name, List<String> problems) {
        String raw = blankToNull(env.get(name));
        if (raw != null && !CHANNEL_ID.matcher(raw).matches() && !CHANNEL_NAME.matcher(raw).matches()) {
            problems.add(name + " must be a channel id such as C0123ABCD or a #channel-name, not '" + raw + "'");
        }
        return Optional.ofNullable(raw);
    }

    private static ZoneId parseZone(String raw, List<String> problems) {
        try {
            return ZoneId.of(raw.trim());
        } catch (RuntimeException e) {
            problems.add("BATON_TIMEZONE must be a time zone id such as Europe/Berlin, not '" + raw + "'");
            return null;
        }
    }

    /** The closed-lost categories in the order given, without repeats; blank means the defaults. */
    private static List<String> parseCategories(String raw, List<String> problems) {
        String text = blankToNull(raw) == null ? DEFAULT_CLOSED_LOST_CATEGORIES : raw;
        List<String> categories = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (categories.stream().anyMatch(c -> c.length() > 64) || categories.size() > 50) {
            problems.add("BATON_CLOSED_LOST_CATEGORIES must be at most 50 comma-separated names of up to 64 characters");
        }
        return categories;
    }

    private static Set<String> parseList(String raw) {
        if (raw == null) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "Settings[" + (socketMode() ? "socketMode, " : "") + "port=" + port + ", databaseUrl=" + databaseUrl + ", slackApiUrl=" + slackApiUrl
                + ", templatesDir=" + templatesDir + ", apiToken=" + (apiToken.isPresent() ? "set" : "unset")
                + ", leaders=" + leaders + ", timezone=" + timezone + ", usageChannel=" + usageChannel
                + ", gtmReviewChannel=" + gtmReviewChannel + ", mail=" + mail.map(MailSettings::toString).orElse("unset")
                + ", churnRetroSponsor=" + churnRetroSponsor.orElse("unset")
                + ", closedLostCategories=" + closedLostCategories + ", usageUnderUsedBelowPercent="
                + usageUnderUsedBelowPercent + ", usageNearLimitAtPercent=" + usageNearLimitAtPercent
                + ", usageGraceDays=" + usageGraceDays + ", expandTeam=" + expandTeam
                + ", forecastChannel=" + forecastChannel.orElse("leaders' DMs") + ", lighthouse=" + lighthouse
                + ", successPlanScope=" + successPlanScope.names()
                + ", metricsToken=" + (metricsToken.isPresent() ? "set" : "unset") + ", logFormat=" + logFormat + "]";
    }
}
