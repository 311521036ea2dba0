package dev.baton.account;

import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the account cards show of the digital journeys (which the journey workflow runs and writes): the journeys
 * the account is in, those a leader paused, and the contacts the journeys no longer email because they
 * unsubscribed or their address bounced. Read for every {@code /roles} card, so on {@link PlainJdbc}.
 */
public final class DigitalJourneys {
    private static final PlainJdbc.Statement ENROLMENTS = PlainJdbc.statement(DigitalJourneys.class, "enrolments");
    private static final PlainJdbc.Statement UNREACHABLE = PlainJdbc.statement(DigitalJourneys.class, "unreachable");

    /**
     * @param notes by contact id (as text, for the templates): why the journeys no longer email the contact
     */
    public record Status(List<String> journeys, List<String> paused, Map<String, String> notes) {
        public static final Status NONE = new Status(List.of(), List.of(), Map.of());

        public boolean enrolled() {
            return !journeys.isEmpty() || !paused.isEmpty();
        }
    }

    private record Enrolment(String journey, boolean paused) {
    }

    private DigitalJourneys() {
    }

    public static Status of(Handle handle, long accountId) {
        List<Enrolment> enrolments = PlainJdbc.list(handle, ENROLMENTS,
                (r, ctx) -> new Enrolment(r.getString("journey"), r.getTimestamp("paused_at") != null),
                Map.of("accountId", accountId));
        Map<String, String> notes = new LinkedHashMap<>();
        PlainJdbc.list(handle, UNREACHABLE, (r, ctx) -> {
            String bounce = r.getString("bounce_reason");
            notes.put(String.valueOf(r.getLong("id")), r.getTimestamp("bounced_at") != null
                    ? "Email bounced" + (bounce == null ? "" : ": " + bounce) + ". Fix the address (Edit)."
                    : "Unsubscribed from the journey emails");
            return null;
        }, Map.of("accountId", accountId));
        return new Status(enrolments.stream().filter(e -> !e.paused()).map(Enrolment::journey).toList(),
                enrolments.stream().filter(Enrolment::paused).map(Enrolment::journey).toList(), notes);
    }
}
