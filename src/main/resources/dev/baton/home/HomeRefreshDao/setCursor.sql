update home_audit_cursor set last_audit_id = :lastAuditId where id = 1
