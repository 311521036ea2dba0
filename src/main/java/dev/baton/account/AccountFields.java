package dev.baton.account;

import java.time.Instant;
import java.time.LocalDate;

/** The writable fields of an account, as the CRM import and the workflows set them. */
public record AccountFields(
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
        String aeManager) {
    /** The success program's first lifecycle stage, where every new account starts. */
    public static final String FIRST_STAGE = "0. Prospect";


    public String nameKey() {
        return AccountDirectory.key(name);
    }

    /** The fields of an existing account, to change a few and write them back. */
    public static AccountFields of(Account a) {
        return new AccountFields(a.crmId(), a.name(), a.segment(), a.serviceModel(), a.taSupportLevel(),
                a.taSegmentation(), a.orderType(), a.deployment(), a.lifecycleStage(), a.ae(), a.ce(), a.ta(),
                a.expandAe(), a.slackChannel(), a.expectedCloseDate(), a.contractSignedAt(), a.closedWonDate(),
                a.renewalDate(), a.arrCents(), a.seatsPurchased(), a.aeManager());
    }

    /** A new account with just a name (and CRM id), in the success program's first stage. */
    public static AccountFields named(String name, String crmId) {
        return new AccountFields(crmId, name, null, null, null, null, null, null, FIRST_STAGE, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** The same fields with the TA support level, TA segmentation and TA that leaders set. */
    public AccountFields withSupport(TaSupportLevel supportLevel, TaSegmentation segmentation, String ta) {
        return new AccountFields(crmId, name, segment, serviceModel, supportLevel, segmentation, orderType,
                deployment, lifecycleStage, ae, ce, ta, expandAe, slackChannel, expectedCloseDate, contractSignedAt,
                closedWonDate, renewalDate, arrCents, seatsPurchased, aeManager);
    }

    /** The same fields, closed-won: a new stage, the contract signing time and the closed-won date. */
    public AccountFields withClose(String stage, Instant signedAt, LocalDate closedWon) {
        return new AccountFields(crmId, name, segment, serviceModel, taSupportLevel, taSegmentation, orderType,
                deployment, stage, ae, ce, ta, expandAe, slackChannel, expectedCloseDate, signedAt, closedWon,
                renewalDate, arrCents, seatsPurchased, aeManager);
    }

    /** The same fields with another account team. */
    public AccountFields withTeam(String ae, String ce, String ta, String expandAe) {
        return new AccountFields(crmId, name, segment, serviceModel, taSupportLevel, taSegmentation, orderType,
                deployment, lifecycleStage, ae, ce, ta, expandAe, slackChannel, expectedCloseDate, contractSignedAt,
                closedWonDate, renewalDate, arrCents, seatsPurchased, aeManager);
    }

    /** The same fields once a renewal is processed: the ARR, seats and renewal date it leaves. */
    public AccountFields withRenewal(Long arr, Integer seats, LocalDate nextRenewal) {
        return new AccountFields(crmId, name, segment, serviceModel, taSupportLevel, taSegmentation, orderType,
                deployment, lifecycleStage, ae, ce, ta, expandAe, slackChannel, expectedCloseDate, contractSignedAt,
                closedWonDate, nextRenewal, arr, seats, aeManager);
    }
}
