package dev.baton.journey;

import java.time.Instant;
import java.time.LocalDate;

/** An account in a journey, with what the journey's steps are timed and addressed from. */
public record Enrolment(long accountId, String journey, String accountName, LocalDate closedWonDate,
                        Instant enrolledAt, LocalDate enrolledOn, String ta, String ce, String ae, String serviceModel,
                        String pausedBy) {
    /** Who is told about the account's customers (a bounce, a low survey score): the TA, else the CE for Scaled. */
    public String teamLead() {
        return ta != null ? ta : ce != null ? ce : ae;
    }
}
