package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 45 days before the expected close: the TA support level and the TA segmentation must be set. */
public final class SupportLevelStep extends BeforeCloseStep {
    public static final String ID = "support-level-set";

    public SupportLevelStep(Set<String> leaders) {
        super(45, leaders);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    List<String> missing(Account account) {
        List<String> missing = new ArrayList<>();
        if (account.taSupportLevel() == null) {
            missing.add("TA support level is not set");
        }
        if (account.taSegmentation() == null) {
            missing.add("TA segmentation is not set" + (account.segment() == Segment.SMB ? " (SMB: Digital)" : ""));
        }
        return missing;
    }

    @Override
    List<String> done() {
        return List.of("TA support level and segmentation set");
    }

    @Override
    String formLabel() {
        return "Set (leaders)";
    }

    @Override
    String headline() {
        return "set the TA support level and segmentation";
    }
}
