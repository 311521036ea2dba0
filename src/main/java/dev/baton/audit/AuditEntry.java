package dev.baton.audit;

import java.time.Instant;

/** One audited change. */
public record AuditEntry(long id, Instant at, String actor, Long accountId, String action, String beforeJson,
                         String afterJson) {
}
