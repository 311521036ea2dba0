select coalesce(max(id), 0) from audit_log
