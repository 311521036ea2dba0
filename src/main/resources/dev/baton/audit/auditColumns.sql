-- The columns of a row as AuditEntry holds them, put in where a statement in this package says <auditColumns>
-- (see store/SqlFiles).
id, at, actor, account_id, action, before_json, after_json
