package dev.baton.outbox;

/** A due outbox row as the sender's pass first sees it: enough to tell where it posts without claiming it. */
public record DueRow(long id, String kind, String channel, boolean mentionsThread) {
    /** A plain post to its own channel (not a reply, update or file), paced by {@code channel} alone. */
    boolean postsToOwnChannel() {
        return Outbox.SLACK_POST.equals(kind) && !mentionsThread;
    }
}
