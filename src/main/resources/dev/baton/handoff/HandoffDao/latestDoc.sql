select id, account_id, version, status, body, saved_by, saved_at from handoff_doc where account_id = :accountId order by version desc limit 1
