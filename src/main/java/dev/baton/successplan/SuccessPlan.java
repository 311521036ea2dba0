package dev.baton.successplan;

import java.time.Instant;

/** An account's success plan for one quarter ({@code 2026-Q4}), and whether leaders picked it for the QBR. */
public record SuccessPlan(long id, long accountId, String quarter, boolean forQbr, String qbrBy, Instant qbrAt,
                          String updatedBy, Instant updatedAt) {
}
