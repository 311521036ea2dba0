package dev.baton.usage;

/** One distinct user of a feature at an account: a row of usage_feature_user. */
public record FeatureUser(long accountId, String featureKey, String userKey) implements Comparable<FeatureUser> {
    @Override
    public int compareTo(FeatureUser other) {
        int byAccount = Long.compare(accountId, other.accountId);
        if (byAccount != 0) {
            return byAccount;
        }
        int byFeature = featureKey.compareTo(other.featureKey);
        return byFeature != 0 ? byFeature : userKey.compareTo(other.userKey);
    }
}
