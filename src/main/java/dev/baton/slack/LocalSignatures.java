package dev.baton.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay check's memory of request signatures on an embedded H2 file, kept in this process instead of the
 * database. Only this process serves Slack on such a file, so nothing needs to share them; and every Slack
 * request would otherwise end in a commit that H2 writes to the file before it returns ({@code WRITE_DELAY=0}),
 * which measurably slowed every slash command. A restart forgets them, so a request signed before this process
 * started (less a little clock skew) counts as seen: it cannot have been meant for this process, and a replay
 * of one the last process took would otherwise pass.
 */
final class LocalSignatures {
    /** Slack's clock and ours may differ by this much: a request signed just before the start may be fresh. */
    static final Duration START_SKEW = Duration.ofSeconds(5);

    private record Signed(long signedAt, long key) {
    }

    private final long notBefore;
    private final Set<Signed> seen = ConcurrentHashMap.newKeySet();

    LocalSignatures(Instant startedAt) {
        this.notBefore = startedAt.minus(START_SKEW).getEpochSecond();
    }

    /** False for a signature already seen, or signed before this process started. */
    boolean firstTime(long signedAt, long key) {
        return signedAt >= notBefore && seen.add(new Signed(signedAt, key));
    }

    /** Forgets the signatures signed before {@code before} (epoch seconds); answers how many. */
    int prune(long before) {
        int size = seen.size();
        seen.removeIf(signed -> signed.signedAt() < before);
        return size - seen.size();
    }
}
