package dev.baton.slack;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;

/** Rows of slack_request_seen and slack_event_seen; inserts that find the key already there change nothing. */
public interface SeenRequestDao {
    @SqlUpdate
    int rememberSignature(@Bind("signature") String signature, @Bind("at") Instant at);

    @SqlUpdate
    int rememberEvent(@Bind("eventId") String eventId, @Bind("at") Instant at);

    @SqlUpdate
    int forgetEvent(@Bind("eventId") String eventId);

    @SqlUpdate
    int pruneSignatures(@Bind("before") Instant before);

    @SqlUpdate
    int pruneEvents(@Bind("before") Instant before);
}
