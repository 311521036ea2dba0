package dev.baton.churn;

import dev.baton.account.Money;

/** The team's rule: a retro is required when the ARR lost is strictly above $150,000 and seats decreased. */
final class RetroRule {
    public static final long THRESHOLD_CENTS = 150_000_00L;

    private RetroRule() {
    }

    public static boolean required(ChurnInput churn) {
        return churn.arrLostCents() > THRESHOLD_CENTS && churn.seatsAfter() < churn.seatsBefore();
    }

    /** Why no retro is needed, in one sentence for the card; empty when one is required. */
    public static String whyNotRequired(ChurnInput churn) {
        boolean overThreshold = churn.arrLostCents() > THRESHOLD_CENTS;
        boolean seatsDown = churn.seatsAfter() < churn.seatsBefore();
        if (overThreshold && seatsDown) {
            return "";
        }
        String arr = "the ARR lost (" + Money.dollars(churn.arrLostCents()) + ") is not above $150,000.00";
        String seats = "seats did not decrease (" + churn.seatsBefore() + " → " + churn.seatsAfter() + ")";
        if (!overThreshold && !seatsDown) {
            return "No retro needed: " + arr + " and " + seats + ".";
        }
        return "No retro needed: " + (overThreshold ? seats : arr) + ".";
    }
}
