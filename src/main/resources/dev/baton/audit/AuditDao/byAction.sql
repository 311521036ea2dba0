select <auditColumns> from audit_log where action = :action order by at, id
