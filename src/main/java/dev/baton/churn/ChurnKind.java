package dev.baton.churn;

import dev.baton.store.StoredText;

/** Whether a churn ends the contract (full) or cuts it (partial), as the CRM and the form spell it. */
public enum ChurnKind implements StoredText {
    FULL("full"), PARTIAL("partial");

    private final String stored;

    ChurnKind(String stored) {
        this.stored = stored;
    }

    @Override
    public String stored() {
        return stored;
    }

    /** The stored spelling, which is also what a template or a message shows. */
    @Override
    public String toString() {
        return stored;
    }
}
