package dev.baton.handoff;

import java.time.Instant;
import java.time.LocalDate;

/** An account's hand-off: the knowledge transfer, the close, the license and the hand-over after it. */
public record Handoff(long accountId, String startedBy, Instant startedAt, Instant ktAt, String ktAttendees,
                      String ktScheduledBy, Instant closedWonAt, String closedWonBy, String closeOverride,
                      String licenseKeyId, Integer licenseSeats, LocalDate licenseExpires, String licenseRecordedBy,
                      Instant welcomeDraftedAt, Instant welcomeSentAt, boolean expandTagged,
                      boolean expandComponents, boolean expandTeamTold, Instant expandDoneAt, String expandDoneBy) {

    public boolean licenseRecorded() {
        return licenseKeyId != null;
    }
}
