select id, at, actor, account_id, action, before_json, after_json from audit_log where action = :action order by at, id
