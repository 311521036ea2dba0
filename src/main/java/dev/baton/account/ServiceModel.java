package dev.baton.account;

import dev.baton.store.StoredText;

/** How post-sales serves an account: a named TA, a pool of TAs, or at scale (digital). */
public enum ServiceModel implements StoredText {
    NAMED("Named"), POOLED("Pooled"), SCALED("Scaled");

    private final String stored;

    ServiceModel(String stored) {
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
