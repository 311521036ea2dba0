package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.LighthouseNomination;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Everything the renewal card shows one viewer: the account, its cycle as far as it has gone (any part may be
 * null), the phase, and the buttons for the next steps that viewer may take.
 */
public record RenewalCard(Account account, Cycle cycle, Assessment assessment, List<Map<String, String>> drivers,
                          List<Map<String, String>> events, SavePlan plan, List<CheckIn> checkIns,
                          LighthouseNomination lighthouse, LocalDate today, String phase, List<Button> buttons) {
    /** A next step's button; value is the account or the cycle id, as its action expects. */
    public record Button(String action, String label, String value, boolean primary) {
    }

    public Long daysLeft() {
        return account.renewalDate() == null ? null : ChronoUnit.DAYS.between(today, account.renewalDate());
    }

    public LocalDate assessmentDue() {
        return account.renewalDate() == null ? null : AssessmentStep.dueDate(account.renewalDate());
    }

    /** The rating that stands; null until the AE's manager agrees one. */
    public Rating rating() {
        return cycle == null ? null : cycle.agreedRating().orElse(null);
    }

    /** The rating submitted or proposed and not yet agreed, as a label; empty when none. */
    public String proposed() {
        return assessment == null ? "" : assessment.overall().map(Rating::label).orElse("");
    }

    public String arr() {
        return RenewalRow.dollars(account.arrCents());
    }

    public String lighthouseSince() {
        return lighthouse == null ? null : lighthouse.nominatedAt().toString().substring(0, 10);
    }

    public String forecastArrAfter() {
        return cycle == null ? null : RenewalRow.dollars(cycle.forecastArrAfterCents());
    }

    public String forecastOn() {
        return cycle == null || cycle.forecastAt() == null ? null : cycle.forecastAt().toString().substring(0, 10);
    }

    public String processedArrAfter() {
        return cycle == null ? null : RenewalRow.dollars(cycle.processedArrAfterCents());
    }

    /** {@code partial_churn} → {@code Partial churn} (an instance method, so the template can call it). */
    public String outcomeLabel(String outcome) {
        return label(outcome);
    }

    static String label(String outcome) {
        if (outcome == null || outcome.isEmpty()) {
            return "";
        }
        String words = outcome.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
