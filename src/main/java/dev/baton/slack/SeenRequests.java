package dev.baton.slack;

import dev.baton.store.Database;
import dev.baton.store.Sql;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What Slack already sent: request signatures (to refuse replays) and event ids (so a retried event
 * never runs a handler twice). Kept in the database so every instance behind a balancer agrees. Every
 * Slack request records its signature, so that one statement runs on plain JDBC: opening a JDBI handle and
 * looking up how to bind its arguments was about 40% of the replay check's time in a profile of the /roles
 * benchmark. The rest are JDBI's fluent statements (see {@link Sql}).
 */
public final class SeenRequests {
    private static final String REMEMBER_SIGNATURE = Sql.of(SeenRequests.class, "rememberSignature");
    private static final String REMEMBER_EVENT = Sql.of(SeenRequests.class, "rememberEvent");
    private static final String FORGET_EVENT = Sql.of(SeenRequests.class, "forgetEvent");
    private static final String PRUNE_SIGNATURES = Sql.of(SeenRequests.class, "pruneSignatures");
    private static final String PRUNE_EVENTS = Sql.of(SeenRequests.class, "pruneEvents");

    private final Jdbi jdbi;
    private final DataSource dataSource;
    /** The signatures, on an embedded H2 file; null where the database keeps them (see {@link LocalSignatures}). */
    private final LocalSignatures local;

    /** {@code startedAt}: when this process began serving (see {@link LocalSignatures}). */
    public SeenRequests(Database database, Instant startedAt) {
        this.jdbi = database.jdbi();
        this.dataSource = database.dataSource();
        this.local = database.isEmbeddedFile() ? new LocalSignatures(startedAt) : null;
    }

    /**
     * Records the signature of a request signed at {@code signedAt} (its {@code X-Slack-Request-Timestamp}, in
     * seconds, which a replay repeats); false when it was already recorded.
     */
    public boolean firstTime(String signature, long signedAt) {
        if (local != null) {
            return local.firstTime(signedAt, keyOf(signature));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement remember = connection.prepareStatement(REMEMBER_SIGNATURE)) {
            remember.setLong(1, signedAt);
            remember.setLong(2, keyOf(signature));
            return remember.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a Slack request's signature: " + e.getMessage(), e);
        }
    }

    /**
     * 64 bits of the signature's SHA-256: two different requests signed in the same second share a key with odds
     * of about 1 in 10^13 even at a thousand requests a second, and a forged signature never gets this far.
     */
    static long keyOf(String signature) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signature.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Records the event id; false when it was already recorded. */
    public boolean firstEvent(String eventId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate(REMEMBER_EVENT).bind("eventId", eventId).bind("at", at).execute()) == 1;
    }

    /** Lets a failed event be handled again when Slack retries it. */
    public void forgetEvent(String eventId) {
        jdbi.useHandle(h -> h.createUpdate(FORGET_EVENT).bind("eventId", eventId).execute());
    }

    /** Drops what is older than the replay window can reach (requests signed, and events seen, before then). */
    public int prune(Instant before) {
        int forgotten = local == null ? 0 : local.prune(before.getEpochSecond());
        return forgotten + jdbi.withHandle(h -> h.createUpdate(PRUNE_SIGNATURES).bind("before", before.getEpochSecond()).execute()
                + h.createUpdate(PRUNE_EVENTS).bind("before", before).execute());
    }
}
