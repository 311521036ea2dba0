package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.RoleCoverage;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Baton already knows about an account when its assessment is filled in: seat utilisation, the features first
 * used in the last quarter, who holds the required roles, undelivered messages and muted alerts, recorded churn.
 */
public record AssessmentFacts(FactsDao.Seats seats, List<FactsDao.FirstUse> firstUses, RoleCoverage coverage,
                              int deadLetters, boolean accountMuted, int mutedFeatures,
                              List<FactsDao.ChurnFact> churns, FactsDao.Health health) {
    private static final Map<String, String> HEALTH_LABELS = Map.of("utilisation", "Utilisation", "adoption",
            "Adoption", "engagement", "Engagement", "version_currency", "Version currency", "relationships",
            "Relationships");

    public AssessmentFacts(FactsDao.Seats seats, List<FactsDao.FirstUse> firstUses, RoleCoverage coverage,
                           int deadLetters, boolean accountMuted, int mutedFeatures, List<FactsDao.ChurnFact> churns) {
        this(seats, firstUses, coverage, deadLetters, accountMuted, mutedFeatures, churns, null);
    }

    /** The health score's components for the templates: label and value (0-100), in the stored order. */
    public List<Map<String, String>> healthComponents() {
        List<Map<String, String>> shown = new ArrayList<>();
        if (health != null) {
            com.google.gson.JsonParser.parseString(health.components()).getAsJsonObject().entrySet().forEach(e ->
                    shown.add(Map.of("label", HEALTH_LABELS.getOrDefault(e.getKey(), e.getKey()),
                            "value", e.getValue().getAsString())));
        }
        return shown;
    }

    /** The health inputs left out for want of data, as labels ("Utilisation, Engagement"); empty when none. */
    public String healthMissing() {
        if (health == null || health.missing() == null || health.missing().isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(health.missing().split(",")).map(k -> HEALTH_LABELS.getOrDefault(k, k))
                .collect(Collectors.joining(", "));
    }
    static final Duration QUARTER = Duration.ofDays(91);

    static AssessmentFacts read(Handle handle, Account account, Instant now) {
        FactsDao facts = handle.attach(FactsDao.class);
        List<Contact> contacts = Contacts.forAccount(handle, account.id());
        List<String> channels = new ArrayList<>(account.team());
        if (account.slackChannel() != null) {
            channels.add(account.slackChannel());
        }
        return new AssessmentFacts(facts.seats(account.id()).orElse(null),
                facts.firstUsesSince(account.id(), now.minus(QUARTER)), RoleCoverage.of(contacts),
                channels.isEmpty() ? 0 : facts.deadLettersTo(channels.toArray(String[]::new)),
                facts.accountMuted(String.valueOf(account.id())), facts.mutedFeatures(), facts.churns(account.id()),
                facts.health(account.id()).orElse(null));
    }

    /** The required roles for the templates: label, and who holds it (empty when nobody does). */
    public List<Map<String, String>> roles() {
        List<Map<String, String>> roles = new ArrayList<>();
        coverage.holders().forEach((role, holders) -> roles.add(Map.of("label", role.label(),
                "holders", holders.stream().map(Contact::displayName).collect(Collectors.joining(", ")))));
        return roles;
    }

    /** The first uses with their dates, for the templates. */
    public List<Map<String, String>> features() {
        return firstUses.stream().map(f -> Map.of("feature", f.feature(), "on", f.firstAt().toString().substring(0, 10)))
                .toList();
    }

    public boolean rolesMissing() {
        return !coverage.complete();
    }
}
