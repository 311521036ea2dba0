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

    @Override
    public int hashCode() {
        return Long.hashCode(accountId) * 31 + featureKey.hashCode();
    }
}
