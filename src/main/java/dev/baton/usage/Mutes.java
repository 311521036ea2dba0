package dev.baton.usage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The leaders' mutes at one moment, read once per batch. */
public final class Mutes {
    private final Set<String> features = new HashSet<>();
    private final Set<String> accounts = new HashSet<>();

    public Mutes(List<UsageMute> mutes) {
        for (UsageMute mute : mutes) {
            (UsageMute.FEATURE.equals(mute.subjectKind()) ? features : accounts).add(mute.subject());
        }
    }

    public boolean featureMuted(String featureKey) {
        return featureKey != null && features.contains(featureKey);
    }

    public boolean accountMuted(long accountId) {
        return accounts.contains(Long.toString(accountId));
    }
}
