package dev.baton.account;

import dev.baton.store.StoredText;

/** How a First Order was bought: through sales, or online. */
public enum OrderType implements StoredText {
    SALES_ASSISTED("Sales Assisted First Order"), WEB_DIRECT("Web Direct First Order");

    private final String stored;

    OrderType(String stored) {
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
