select <auditColumns> from audit_log where account_id = :accountId order by at, id
