package dev.baton.handoff;

import dev.baton.account.Account;

import java.util.List;
import java.util.Set;

/** 35 days before the expected close: a TA must be assigned. */
public final class TaAssignedStep extends BeforeCloseStep {
    public static final String ID = "ta-assigned";

    public TaAssignedStep(Set<String> leaders) {
        super(35, leaders);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    List<String> missing(Account account) {
        return account.ta() == null ? List.of("No TA is assigned") : List.of();
    }

    @Override
    List<String> done() {
        return List.of("TA assigned");
    }

    @Override
    String formLabel() {
        return "Assign (leaders)";
    }

    @Override
    String headline() {
        return "assign a TA";
    }
}
