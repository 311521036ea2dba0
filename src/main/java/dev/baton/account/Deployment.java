package dev.baton.account;

import dev.baton.store.StoredText;

/** Where the customer runs the product; it picks the welcome email's variant. */
public enum Deployment implements StoredText {
    SAAS("SaaS"), SELF_MANAGED("Self-Managed");

    private final String stored;

    Deployment(String stored) {
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
