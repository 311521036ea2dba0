package dev.baton.account;

import dev.baton.store.StoredText;

/** The TA team an account is served by, as TA leadership sets it (SMB accounts: Digital). */
public enum TaSegmentation implements StoredText {
    STRATEGIC("Strategic"), ENTERPRISE("Enterprise"), MID_MARKET("Mid-Market"), DIGITAL("Digital");

    private final String stored;

    TaSegmentation(String stored) {
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
