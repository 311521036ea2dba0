package dev.baton.usage;

/** An account and a feature key: what a first use is of. Hand-written equality, as it is looked up per event. */
record UsagePair(long accountId, String featureKey) {
    static UsagePair of(FirstUse use) {
        return new UsagePair(use.accountId(), use.featureKey());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsagePair pair && pair.accountId == accountId && pair.featureKey.equals(featureKey);
    }

    /**
     * Account ids are small consecutive numbers and feature keys often differ in a character or two, so
     * {@code 31 * account + hash(feature)} gave tens of thousands of pairs a few thousand distinct hashes: the
     * per-event lookups walked long collision chains. Multiplying each part by a large odd constant spreads them.
     */
    @Override
    public int hashCode() {
        long mixed = accountId * 0x9E3779B97F4A7C15L + featureKey.hashCode() * 0xC2B2AE3D27D4EB4FL;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
