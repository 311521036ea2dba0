package dev.baton.slack;

import dev.baton.store.Database;
import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.JdbiException;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * What Slack already sent: request signatures (to refuse replays) and event ids (so a retried event
 * never runs a handler twice). Kept in the database so every instance behind a balancer agrees. Every
 * Slack request records its signature before any handler runs, so this class runs on {@link PlainJdbc} on a
 * pooled connection, without a JDBI handle (see docs/performance.md); its other statements share that path.
 */
public final class SeenRequests {
    private static final PlainJdbc.Statement REMEMBER_SIGNATURE = PlainJdbc.statement(SeenRequests.class, "rememberSignature");
    private static final PlainJdbc.Statement REMEMBER_EVENT = PlainJdbc.statement(SeenRequests.class, "rememberEvent");
    private static final PlainJdbc.Statement FORGET_EVENT = PlainJdbc.statement(SeenRequests.class, "forgetEvent");
    private static final PlainJdbc.Statement PRUNE_SIGNATURES = PlainJdbc.statement(SeenRequests.class, "pruneSignatures");
    private static final PlainJdbc.Statement PRUNE_EVENTS = PlainJdbc.statement(SeenRequests.class, "pruneEvents");

    private final DataSource dataSource;
    /** The signatures, on an embedded H2 file; null where the database keeps them (see {@link LocalSignatures}). */
    private final LocalSignatures local;

    /** {@code startedAt}: when this process began serving (see {@link LocalSignatures}). */
    public SeenRequests(Database database, Instant startedAt) {
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
        try (Connection connection = dataSource.getConnection()) {
            return PlainJdbc.update(connection, REMEMBER_SIGNATURE,
                    Map.of("signedAt", signedAt, "signatureKey", keyOf(signature))) == 1;
        } catch (SQLException | JdbiException e) {
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
        return update(REMEMBER_EVENT, Map.of("eventId", eventId, "at", at)) == 1;
    }

    /** Lets a failed event be handled again when Slack retries it. */
    public void forgetEvent(String eventId) {
        update(FORGET_EVENT, Map.of("eventId", eventId));
    }

    /** Drops what is older than the replay window can reach (requests signed, and events seen, before then). */
    public int prune(Instant before) {
        int forgotten = local == null ? 0 : local.prune(before.getEpochSecond());
        return forgotten + update(PRUNE_SIGNATURES, Map.of("before", before.getEpochSecond()))
                + update(PRUNE_EVENTS, Map.of("before", before));
    }

    private int update(PlainJdbc.Statement statement, Map<String, ?> values) {
        try (Connection connection = dataSource.getConnection()) {
            return PlainJdbc.update(connection, statement, values);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the database: " + e.getMessage(), e);
        }
    }
}
