package dev.baton.usage;

import java.time.Instant;

/** A leader's mute of a feature (by feature key) or an account (by account id). */
public record UsageMute(String subjectKind, String subject, String mutedBy, Instant mutedAt) {
    public static final String FEATURE = "feature";
    public static final String ACCOUNT = "account";
}
