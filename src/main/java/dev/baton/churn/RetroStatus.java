package dev.baton.churn;

import dev.baton.store.StoredText;

/** How far a churn retro got, stored as its lower-case word, with the line the retro's posts show for it. */
public enum RetroStatus implements StoredText {
    /** Kicked off: sponsor and TA told, nobody has opened the doc yet. */
    KICKOFF("kickoff", "Kicked off: waiting for the TA to start the retro"),
    /** The TA is drafting the doc. */
    DRAFTING("drafting", "Drafting the retro doc"),
    /** The doc is complete; the review call with the AE and the sponsor is to be booked and held. */
    REVIEW("review", "Doc ready: review call with the AE and the sponsor to be held"),
    /** The sponsor marked it reviewed; the final doc is posted; calls to action are being tracked. */
    REVIEWED("reviewed", "Reviewed: final doc posted, calls to action in progress"),
    /** Every call to action is done. */
    CLOSED("closed", "Closed: every call to action is done");

    private final String stored;
    private final String label;

    RetroStatus(String stored, String label) {
        this.stored = stored;
        this.label = label;
    }

    @Override
    public String stored() {
        return stored;
    }

    String label() {
        return label;
    }

    /** Whether the doc may still be edited (until the sponsor marks it reviewed). */
    boolean editable() {
        return this == KICKOFF || this == DRAFTING || this == REVIEW;
    }

    @Override
    public String toString() {
        return stored;
    }
}
