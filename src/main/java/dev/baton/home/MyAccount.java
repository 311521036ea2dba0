package dev.baton.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of "My accounts": the account, its health and trend, its renewal, hand-off and Lighthouse state. */
public record MyAccount(long id, String name, String crmId, String ae, String ce, String ta, String expandAe,
                 LocalDate renewalDate, Instant rolesCoveredAt, Integer score, String band, Integer previousScore,
                 String rating, Integer handoffDone, String lighthouse, String sponsor) {
    /** The steps a hand-off has: KT call, closed won, licence, welcome email, Expand AE hand-off. */
    static final int HANDOFF_STEPS = 5;

    /** The person's roles on the account, as the team calls them. */
    List<String> rolesOf(String userId) {
        List<String> roles = new ArrayList<>();
        if (userId.equals(ae)) roles.add("AE");
        if (userId.equals(ce)) roles.add("CE");
        if (userId.equals(ta)) roles.add("TA");
        if (userId.equals(expandAe)) roles.add("Expand AE");
        if (userId.equals(sponsor)) roles.add("Sponsor");
        return roles;
    }

    /** up, down or flat against last week's snapshot; empty without both scores. */
    String trend() {
        if (score == null || previousScore == null) {
            return "";
        }
        return score > previousScore ? "up" : score < previousScore ? "down" : "flat";
    }
}
