package dev.baton.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A customer or prospect, with the team and dates the workflows run on. */
public record Account(
        long id,
        String crmId,
        String name,
        Segment segment,
        ServiceModel serviceModel,
        TaSupportLevel taSupportLevel,
        TaSegmentation taSegmentation,
        OrderType orderType,
        Deployment deployment,
        String lifecycleStage,
        String ae,
        String ce,
        String ta,
        String expandAe,
        String slackChannel,
        LocalDate expectedCloseDate,
        Instant contractSignedAt,
        LocalDate closedWonDate,
        LocalDate renewalDate,
        Long arrCents,
        Integer seatsPurchased,
        Instant rolesCoveredAt,
        String aeManager) {

    /** The Slack user ids of everyone on the account's team, without blanks or repeats. */
    public Set<String> team() {
        Set<String> team = new LinkedHashSet<>();
        for (String member : new String[] {ae, ce, ta, expandAe}) {
            if (member != null && !member.isBlank()) {
                team.add(member);
            }
        }
        return team;
    }

    public boolean onTeam(String userId) {
        return team().contains(userId);
    }
}
