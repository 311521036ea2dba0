package dev.baton.account;

import dev.baton.store.StoredText;

/** An account's sales segment, as the CRM spells it. */
public enum Segment implements StoredText {
    STRATEGIC("Strategic"), ENTERPRISE("Enterprise"), MID_MARKET("Mid-Market"), SMB("SMB");

    private final String stored;

    Segment(String stored) {
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
