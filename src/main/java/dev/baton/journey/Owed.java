package dev.baton.journey;

import java.time.LocalDate;

/** A contact still owed an occurrence of a step (owed.sql), with what the email and the late-entry rule need. */
public record Owed(String accountName, LocalDate enrolledOn, LocalDate closedWonDate, long id, long accountId, String name,
            String email, String roles, String timeZone) {
    /** The contact as the email sees it: owed.sql only returns reachable contacts. */
    public JourneyContact contact() {
        return new JourneyContact(id, accountId, name, email, roles, timeZone, null, null, null);
    }
}
