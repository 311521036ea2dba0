package dev.baton.account;

import dev.baton.store.StoredText;

/** How much TA time an account gets, as TA leadership sets it 45 days before the close. */
public enum TaSupportLevel implements StoredText {
    HIGH_TOUCH("High touch"), MEDIUM_TOUCH("Medium touch"), LOW_TOUCH("Low touch");

    private final String stored;

    TaSupportLevel(String stored) {
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
